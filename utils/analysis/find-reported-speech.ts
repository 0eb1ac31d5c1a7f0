import { cueAt, speakerFollows, type CueMatch } from './cue-match';
import type { Sentence } from './sentences';
import { phraseAfter, phraseBefore, type SpeakerPhrase } from './speaker-phrase';
import { sharedSubject, subjectBefore } from './speaker-subject';
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
  'saying',
  'adding',
  'arguing',
  'insisting',
  'claiming',
  'warning',
  'noting',
  'suggesting',
  'argue',
  'argues',
  'warn',
  'note',
  'notes',
  'contends',
  'contended',
  'explained',
  'explains',
  'estimated',
  'estimates',
  'agreed',
  'agrees',
  'recalled',
  'concluded',
  'reported',
  'reports',
  'tweeted',
  'hoped',
  'expected',
  'feared',
  'fears',
  'fear',
  'knew',
  'know',
  'knows',
  'felt',
  'feels',
  'feel',
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
// Words after a cue that do not open a reported clause ("said in a statement", "said so").
const NOT_CLAUSE = new Set(
  'in on at during after before to of for with by about from as so than into under over while when because since until through without against among between like not goodbye hello yes no thanks nothing something anything much more little earlier later previously recently now then only also'.split(
    ' ',
  ),
);
const TIME_WORDS = new Set(
  'monday tuesday wednesday thursday friday saturday sunday yesterday today tonight morning afternoon evening night recently earlier later again repeatedly also'.split(
    ' ',
  ),
);
const OBJECT_CUES = new Set([
  'told',
  'tells',
  'tell',
  'telling',
  'assured',
  'reminded',
  'informed',
]);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'there']);
// Cues whose object is what the source holds: "called for a ban", "endorsed the mayor", "wants the vote delayed".
const STANCE_CUES = new Set(
  'called calls call calling wants wanted endorsed endorses endorsing praised praises praising criticized criticised criticizes criticises criticizing criticising defended defends defending condemned condemns condemning rejected rejects rejecting demanded demands demanding urged urges showed shows show showing found finds'.split(
    ' ',
  ),
);
// "showed" and "found" report a claim only when evidence is the subject ("the poll showed"), not "police found".
const EVIDENCE_CUES = new Set(['showed', 'shows', 'show', 'showing', 'found', 'finds']);
const EVIDENCE_HEADS = new Set(
  'poll polls survey surveys study studies report reports data analysis research figures records documents results numbers review investigation audit tests evidence video footage photos images emails researchers investigators'.split(
    ' ',
  ),
);
// At most this many reported claims per sentence, so a pathological sentence stays linear.
const MAX_PER_SENTENCE = 3;
const CLOSING = new Set(['.', '!', '?', ',', ';', ':', '”', '"', '’', "'", '»', '›', ')']);

function contentEnd(tk: Tokens, s: Sentence): number {
  let end = s.end;
  while (end > s.first && CLOSING.has(tk.norm(end - 1))) end--;
  return end;
}

function subjectOf(tk: Tokens, m: CueMatch, s: Sentence): SpeakerPhrase | null {
  return sharedSubject(tk, m.first, s.first) ?? subjectBefore(tk, m.first, s.first);
}

function clauseAfter(tk: Tokens, m: CueMatch, s: Sentence): number {
  for (let i = m.end; i < s.end && i < m.end + 10; i++) {
    if (tk.norm(i) === 'that') return i + 1;
    if (!tk.isWord(i) && tk.norm(i) !== ',') break;
  }
  if (tk.norm(m.end) === ':') return m.end + 1;
  const cue = tk.norm(m.first);
  if (BARE_CLAUSE_CUES.has(cue)) {
    let i = m.end;
    while (TIME_WORDS.has(tk.norm(i))) i++;
    // "said Carter stopped …", "says economic growth is …": any word but a preposition can open the clause.
    if (tk.isWord(i) && (CLAUSE_START.has(tk.norm(i)) || !NOT_CLAUSE.has(tk.norm(i)))) return i;
  }
  if (OBJECT_CUES.has(cue)) {
    // "told reporters he would …": the clause starts at the pronoun after a short object.
    for (let i = m.end + 1; i < m.end + 5 && tk.isWord(i); i++)
      if (SUBJECT_PRONOUNS.has(tk.norm(i))) return i;
  }
  if (cue.startsWith('accus') || STANCE_CUES.has(cue)) return m.end;
  return -1;
}

function commaAfter(tk: Tokens, from: number, end: number): number {
  for (let i = from + 1; i < end; i++) if (tk.norm(i) === ',' || tk.norm(i) === ';') return i;
  return end;
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
    (end - inverted.end <= 8 || tk.norm(inverted.end) === ',')
  ) {
    return { cue: m, speaker: inverted, first: s.first, end: m.first - 1 };
  }
  return null;
}

// Labels that open a line with a colon without anyone speaking.
const NOT_SPEAKERS = new Set(
  'update updated note photo photos video watch related correction source sources editor read listen live breaking exclusive opinion analysis transcript'.split(
    ' ',
  ),
);

/** "Quill: The oil is not ours": a name and a colon opening a paragraph, as headlines attribute claims. */
function headlineClaim(tk: Tokens, s: Sentence): ReportedSpeech | null {
  if (s.first > 0 && !tk.isBreak(s.first - 1)) return null;
  for (let c = s.first + 1; c < s.first + 6 && c < s.end; c++) {
    if (tk.norm(c) !== ':') {
      if (!tk.isWord(c) || !tk.cap(c)) return null;
      continue;
    }
    const speaker = phraseBefore(tk, c - 1);
    const end = contentEnd(tk, s);
    if (!speaker || speaker.first !== s.first || end - c < 4) return null;
    if (NOT_SPEAKERS.has(tk.norm(c - 1))) return null;
    return { cue: { first: c, end: c + 1, value: { neutral: true } }, speaker, first: c + 1, end };
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
