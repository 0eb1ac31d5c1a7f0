import { cueAt, type CueMatch } from './cue-match';
import type { Sentence } from './sentences';
import type { SpeakerPhrase } from './speaker-phrase';
import type { Tokens } from './tokenize';

/** Where a reported clause begins after its cue, and the word lists that decide it. */
// Words that can open a clause right after "said" ("said he would", "said the plan").
const CLAUSE_START = new Set(
  'he she they we i it the a an there this these those his her their our its no all some most many'.split(
    ' ',
  ),
);
const BARE_CLAUSE_CUES = new Set(
  'saying adding arguing insisting claiming warning noting suggesting argue argues warn note notes contends contended explained explains estimated estimates agreed agrees recalled concluded reported reports tweeted hoped expected feared fears fear knew know knows felt feels feel said says say believes believe believed thinks think thought argued argues claimed claims insisted insists warned warns noted added suggested predicted admitted acknowledged conceded hopes expects wrote writes stated announced declared maintained alleged alleges'.split(
    ' ',
  ),
);
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
const ASKING = new Set(['asked', 'asks', 'asking']);
const QUESTION = new Set('whether if why how what when where who to about'.split(' '));
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
export const STANCE_CUES = new Set(
  'called calls call calling want wants wanted supports supported supporting opposes opposed opposing backed backs backing endorsed endorses endorsing praised praises praising criticized criticised criticizes criticises criticizing criticising defended defends defending condemned condemns condemning rejected rejects rejecting demanded demands demanding urged urges showed shows show showing found finds'.split(
    ' ',
  ),
);
// "showed" and "found" report a claim only when evidence is the subject ("the poll showed"), not "police found".
export const EVIDENCE_CUES = new Set(['showed', 'shows', 'show', 'showing', 'found', 'finds']);
export const EVIDENCE_HEADS = new Set(
  'poll polls survey surveys study studies report reports data analysis research figures records documents results numbers review investigation audit tests evidence video footage photos images emails researchers investigators'.split(
    ' ',
  ),
);
const CLOSING = new Set(['.', '!', '?', ',', ';', ':', '”', '"', '’', "'", '»', '›', ')']);

/** End of a sentence's words, before its closing punctuation and marks. */
export function contentEnd(tk: Tokens, s: Sentence): number {
  let end = s.end;
  while (end > s.first && CLOSING.has(tk.norm(end - 1))) end--;
  return end;
}

/** Token where the reported clause after cue `m` starts, or -1: "said (on Monday) that …", "said Keller had …", "told reporters he …". */
export function clauseAfter(tk: Tokens, m: CueMatch, s: Sentence): number {
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
  if (ASKING.has(cue)) {
    // "asked the minister whether …": the question is the content.
    for (let i = m.end; i < m.end + 6 && tk.isWord(i); i++)
      if (QUESTION.has(tk.norm(i))) return m.end;
  }
  if (OBJECT_CUES.has(cue)) {
    // "told reporters he would …": the clause starts at the pronoun after a short object.
    for (let i = m.end + 1; i < m.end + 5 && tk.isWord(i); i++)
      if (SUBJECT_PRONOUNS.has(tk.norm(i))) return i;
  }
  if (cue.startsWith('accus') || STANCE_CUES.has(cue)) return m.end;
  return -1;
}

/** "according to his campaign's filings": any short noun phrase up to the comma can be the source. */
const MAX_SOURCE = 12;
export function sourceAfter(tk: Tokens, from: number, end: number): SpeakerPhrase | null {
  let i = from;
  while (i < end && i < from + MAX_SOURCE && tk.isWord(i)) i++;
  const stop = tk.norm(i);
  return i > from && (i === end || stop === ',' || stop === '(') ? { first: from, end: i } : null;
}

/** The first comma or semicolon after `from`, or "and"/"but" before another cue ("… and warned that"), else `end`. */
export function commaAfter(tk: Tokens, from: number, end: number): number {
  for (let i = from + 1; i < end; i++) {
    const norm = tk.norm(i);
    if (norm === ',' || norm === ';') return i;
    if ((norm === 'and' || norm === 'but') && cueAt(tk, i + 1)) return i;
  }
  return end;
}
