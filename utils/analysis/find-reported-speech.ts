import { cueAt, speakerFollows, type CueMatch } from './cue-match';
import type { Sentence } from './sentences';
import { headlineClaim } from './headline-claim';
import {
  clauseAfter,
  commaAfter,
  contentEnd,
  EVIDENCE_CUES,
  EVIDENCE_HEADS,
  sourceAfter,
  STANCE_CUES,
} from './reported-clause';
import { phraseAfter, type SpeakerPhrase } from './speaker-phrase';
import { sharedSubject, subjectBefore } from './speaker-subject';
import type { Tokens } from './tokenize';

/** Reported speech: the cue, the speaker words, and the reported clause as a token range. */
export interface ReportedSpeech {
  cue: CueMatch;
  speaker: SpeakerPhrase;
  first: number;
  end: number;
}

// At most this many reported claims per sentence, so a pathological sentence stays linear.
const MAX_PER_SENTENCE = 3;

function subjectOf(tk: Tokens, m: CueMatch, s: Sentence): SpeakerPhrase | null {
  return sharedSubject(tk, m.first, s.first) ?? subjectBefore(tk, m.first, s.first);
}

function readOne(tk: Tokens, m: CueMatch, s: Sentence): ReportedSpeech | null {
  const end = contentEnd(tk, s);
  if (speakerFollows(tk, m)) {
    const speaker = phraseAfter(tk, m.end) ?? sourceAfter(tk, m.end, end);
    if (!speaker) return null;
    if (tk.norm(speaker.end) === ',' && speaker.end + 1 < end)
      return { cue: m, speaker, first: speaker.end + 1, end };
    if (m.first - 1 > s.first && tk.norm(m.first - 1) === ',')
      return { cue: m, speaker, first: s.first, end: m.first - 1 };
    return null;
  }
  const subject = subjectOf(tk, m, s);
  const tail = end - m.end;
  if (subject) {
    if (EVIDENCE_CUES.has(tk.norm(m.first)) && !EVIDENCE_HEADS.has(tk.norm(subject.end - 1)))
      return null;
    const first = clauseAfter(tk, m, s);
    if (first >= 0 && first < end) {
      // A stance's object ends at the first comma: "rejected the audit, saying …" holds two claims.
      const stop = STANCE_CUES.has(tk.norm(m.first)) ? commaAfter(tk, first, end) : end;
      return { cue: m, speaker: subject, first, end: stop };
    }
    // "The plan will fail, the minister said on Monday."
    if (
      subject.first - 1 > s.first &&
      tk.norm(subject.first - 1) === ',' &&
      (tail <= 8 || tk.norm(m.end) === ',')
    ) {
      // "The deal, critics said, was a disgrace": the claim runs on past the parenthetical cue.
      const next = m.end + 1;
      const runsOn =
        tk.norm(m.end) === ',' &&
        next < end &&
        tk.isWord(next) &&
        !cueAt(tk, next) &&
        !OPENING_PREPOSITIONS.has(tk.norm(next)) &&
        !TIME_OR_PLACE.has(tk.norm(next));
      return { cue: m, speaker: subject, first: s.first, end: runsOn ? end : subject.first - 1 };
    }
    return null;
  }
  // "The plan will fail, said the minister."
  const inverted = phraseAfter(tk, m.end);
  if (
    inverted &&
    m.first - 1 > s.first &&
    tk.norm(m.first - 1) === ',' &&
    (end - inverted.end <= 8 || tk.norm(inverted.end) === ',')
  ) {
    return { cue: m, speaker: inverted, first: s.first, end: m.first - 1 };
  }
  return null;
}

// "…, the minister said, adding …" / "said, however, …": words after the cue's comma that do not carry the claim on.
const TIME_OR_PLACE = new Set(
  'adding saying noting however though although but and according referring citing speaking when while after before as which who'.split(
    ' ',
  ),
);
const OPENING_PREPOSITIONS = new Set(
  'in on at during after before with from into by for'.split(' '),
);
const MIN_CLAIM_WORDS = 3;
// Two words opening with these are a time or a phrase ("late Thursday", "into question"), not a claim.
const NOT_A_CLAIM_START = new Set(
  'late early last this next into in on at earlier later so too as of to'.split(' '),
);

/** A claim has a few words and, when it opens with a preposition ("In a wide-ranging interview"), a verb. */
function isClaimText(tk: Tokens, first: number, end: number): boolean {
  let words = 0;
  let verb = false;
  for (let i = first; i < end; i++) {
    if (!tk.isWord(i)) continue;
    words++;
    const norm = tk.norm(i);
    if (!tk.cap(i) && (FINITE.has(norm) || norm.endsWith('ed') || norm.endsWith("n't")))
      verb = true;
  }
  if (words < MIN_CLAIM_WORDS) return words === 2 && !NOT_A_CLAIM_START.has(tk.norm(first));
  return verb || !OPENING_PREPOSITIONS.has(tk.norm(first));
}
const FINITE = new Set(
  'is was are were has have had will would could can may might must should does did do be been'.split(
    ' ',
  ),
);

/**
 * Finds reported speech sentence by sentence, skipping cues inside quotation marks or already used
 * by a quote. A clause that is mostly a direct quote ("said the vote was a sign that “…”") is not
 * reported again but goes to `quoteOwners`, so the quotation inside it gets its speaker.
 */
export function findReportedSpeech(
  tk: Tokens,
  sentences: readonly Sentence[],
  quoted: Uint8Array,
  usedCues: ReadonlySet<number>,
  limit: number,
  quoteOwners: ReportedSpeech[] = [],
): ReportedSpeech[] {
  const out: ReportedSpeech[] = [];
  for (const s of sentences) {
    if (out.length >= limit) break;
    let found = 0;
    const headline = headlineClaim(tk, s);
    if (headline && !quoted[headline.first]) {
      out.push(headline);
      found++;
    }
    for (let i = s.first; i < s.end && found < MAX_PER_SENTENCE; i++) {
      if (quoted[i] || usedCues.has(i)) continue;
      const m = cueAt(tk, i);
      if (!m) continue;
      const r = readOne(tk, m, s);
      i = m.end - 1;
      if (!r) continue;
      if (!isClaimText(tk, r.first, r.end)) continue;
      let inside = 0;
      for (let k = r.first; k < r.end; k++) inside += quoted[k]!;
      // A clause that is mostly a direct quote is already reported as one.
      if (inside * 2 > r.end - r.first) {
        quoteOwners.push(r);
        continue;
      }
      out.push(r);
      found++;
    }
  }
  return out;
}
