import { cueAt, speakerFollows, type CueMatch } from './cue-match';
import type { Sentence } from './sentences';
import { phraseAfter, type SpeakerPhrase } from './speaker-phrase';
import { coordinatedSubject, subjectBefore } from './speaker-subject';
import type { Tokens } from './tokenize';

/** Reported speech: the cue, the speaker words, and the reported clause as a token range. */
export interface ReportedSpeech {
  cue: CueMatch;
  speaker: SpeakerPhrase;
  first: number;
  end: number;
}

// Words that can open a clause right after "said" ("said he would", "said the plan").
const CLAUSE_START = new Set([
  'he',
  'she',
  'they',
  'we',
  'i',
  'it',
  'the',
  'a',
  'an',
  'there',
  'this',
  'these',
  'those',
  'his',
  'her',
  'their',
  'our',
  'its',
  'no',
  'all',
  'some',
  'most',
  'many',
]);
const BARE_CLAUSE_CUES = new Set([
  'said',
  'says',
  'say',
  'believes',
  'believe',
  'believed',
  'thinks',
  'think',
  'thought',
  'argued',
  'argues',
  'claimed',
  'claims',
  'insisted',
  'insists',
  'warned',
  'warns',
  'noted',
  'added',
  'suggested',
  'predicted',
  'admitted',
  'acknowledged',
  'conceded',
  'hopes',
  'expects',
  'wrote',
  'writes',
  'stated',
  'announced',
  'declared',
  'maintained',
  'alleged',
  'alleges',
]);
// At most this many reported claims per sentence, so a pathological sentence stays linear.
const MAX_PER_SENTENCE = 3;
const CLOSING = new Set(['.', '!', '?', ',', ';', ':', '”', '"', '’', "'", '»', '›', ')']);

function contentEnd(tk: Tokens, s: Sentence): number {
  let end = s.end;
  while (end > s.first && CLOSING.has(tk.norm(end - 1))) end--;
  return end;
}

function subjectOf(tk: Tokens, m: CueMatch, s: Sentence): SpeakerPhrase | null {
  return coordinatedSubject(tk, m.first, s.first) ?? subjectBefore(tk, m.first, s.first);
}

function clauseAfter(tk: Tokens, m: CueMatch, s: Sentence): number {
  for (let i = m.end; i < s.end && i < m.end + 10; i++) {
    if (tk.norm(i) === 'that') return i + 1;
    if (!tk.isWord(i) && tk.norm(i) !== ',') break;
  }
  if (tk.norm(m.end) === ':') return m.end + 1;
  if (CLAUSE_START.has(tk.norm(m.end)) && BARE_CLAUSE_CUES.has(tk.norm(m.first))) return m.end;
  if (tk.norm(m.first).startsWith('accus')) return m.end;
  return -1;
}

function readOne(tk: Tokens, m: CueMatch, s: Sentence): ReportedSpeech | null {
  const end = contentEnd(tk, s);
  if (speakerFollows(tk, m)) {
    const speaker = phraseAfter(tk, m.end);
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
    const first = clauseAfter(tk, m, s);
    if (first >= 0 && first < end) return { cue: m, speaker: subject, first, end };
    // "The plan will fail, the minister said on Monday."
    if (subject.first - 1 > s.first && tk.norm(subject.first - 1) === ',' && tail <= 8) {
      return { cue: m, speaker: subject, first: s.first, end: subject.first - 1 };
    }
    return null;
  }
  // "The plan will fail, said the minister."
  const inverted = phraseAfter(tk, m.end);
  if (
    inverted &&
    m.first - 1 > s.first &&
    tk.norm(m.first - 1) === ',' &&
    end - inverted.end <= 8
  ) {
    return { cue: m, speaker: inverted, first: s.first, end: m.first - 1 };
  }
  return null;
}

/** Finds reported speech sentence by sentence, skipping cues inside quotation marks or already used by a quote. */
export function findReportedSpeech(
  tk: Tokens,
  sentences: readonly Sentence[],
  quoted: Uint8Array,
  usedCues: ReadonlySet<number>,
): ReportedSpeech[] {
  const out: ReportedSpeech[] = [];
  for (const s of sentences) {
    let found = 0;
    for (let i = s.first; i < s.end && found < MAX_PER_SENTENCE; i++) {
      if (quoted[i] || usedCues.has(i)) continue;
      const m = cueAt(tk, i);
      if (!m) continue;
      const r = readOne(tk, m, s);
      i = m.end - 1;
      if (!r) continue;
      let inside = 0;
      for (let k = r.first; k < r.end; k++) inside += quoted[k]!;
      // A clause that is mostly a direct quote is already reported as one.
      if (inside * 2 > r.end - r.first) continue;
      out.push(r);
      found++;
    }
  }
  return out;
}
