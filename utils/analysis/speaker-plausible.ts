import type { SpeakerMention } from './describe-speaker';
import type { Tokens } from './tokenize';
import { ANONYMOUS_HEADS, ROLE_NOUNS } from './vocabulary';

/**
 * Whether the words at a cue can be a source at all, and how sure that makes us. A speaker must be
 * a proper name, a pronoun, or a description headed by a person, organisation or role noun: "the
 * scene", "the talks", "federal data" or a timestamp line are not anyone.
 */

// Heads of descriptions that stand for people or bodies, beyond the lexicon's role nouns.
const PERSON_HEADS = new Set(
  'host hosts guest guests anchor witness witnesses aide aides expert experts analyst analysts veteran veterans nephew niece cousin widow couple kid kids teen teens adult adults sheriff chef attorney attorneys staff boss mom dad aunt uncle pastor priest bishop imam rabbi spokesperson spokesmen spokeswomen ministry ministries company companies firm firms airline airlines chain startup conglomerate bank banks union unions board family families parents mother father wife husband son daughter friend friends neighbour neighbor neighbours neighbors victim victims survivor survivors patient patients nurse nurses physician physicians surgeon surgeons protester protesters protestor protestors demonstrators worker workers employee employees owner owners farmer farmers citizen citizens man men woman women boy girl child children official officials officer officers judge judges jury court prosecutor lawyer senator senators congressman lawmakers legislature parliament cabinet regime troops soldiers military army navy police force forces coalition alliance opposition rebels militants group government governments state states authorities agency agencies department departments administration campaign party parties committee council commission panel institute foundation university school hospital clinic association federation league club team coach player players fans firm organisation organization organizations organisations nonprofit charity tycoon magnate billionaire millionaire candidate candidates nominee percent majority minority respondents public crowd audience everyone everybody nobody somebody someone anyone actress actresses hostess waitress princess duchess heiress congress'.split(
    ' ',
  ),
);
// Role-noun heads that are things, not anyone: a statement, a report or a poll says nothing by itself here.
const NOT_ANYONE = new Set(['document', 'documents', 'paper']);
// Evidence that "shows" or "finds" may be the subject of a reported claim ("the poll showed …").
const EVIDENCE = new Set(
  'poll polls survey surveys study studies report reports analysis research review investigation audit count counts filing filings statement statements email emails ad ads website letter memo filing complaint lawsuit tweet tweets figures estimates records profile transcript'.split(
    ' ',
  ),
);
// Plural person nouns by their ending ("economists", "physicians", "teachers"), minus common things.
const PERSON_ENDING = /(ists?|ians?|ers?|ors?|ants?|ents?|-olds?|man|men)$/;
const THING_ENDING = /ments?$/;
const NOT_PERSON_ENDING = new Set(
  'other others number numbers paper papers order orders matter matters center centre corner border water letter power answer quarter tower market factor error door floor sector corridor mirror color colour tractor event events percent moment patent talent content context accident incident element present members centers centres letters waters borders powers layers offers answers headquarters quarters towers markets factors errors doors floors sectors corridors mirrors colors colours tractors'.split(
    ' ',
  ),
);
const MONTHS_DAYS =
  /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|today|yesterday|published|updated|posted)$/;

// A message on its own says nothing of who sent it ("a statement said"); a poll or a study does.
const MESSAGES = new Set([
  'statement',
  'statements',
  'email',
  'emails',
  'tweet',
  'tweets',
  'letter',
]);
const INDEFINITE_START = /^(a|an|one|some)\s/i;

/** The head noun a description is about ("the company's lawyers" → "lawyers"). */
function headOf(m: SpeakerMention): string {
  const words = m.mention
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/['’]s?$/, ''));
  // "a Gallup poll taken last week", "results tallied on Wednesday": the noun before the participle.
  for (let i = 2; i < words.length; i++)
    if (PARTICIPLE.test(words[i]!) && (EVIDENCE.has(words[i - 1]!) || RECORDS.has(words[i - 1]!)))
      return words[i - 1]!;
  // "a spokesman for the Pentagon" is headed by "spokesman", "half of Vermont Democrats" by "democrats".
  for (let i = 1; i < words.length; i++) {
    if (!CONNECTORS.has(words[i]!)) continue;
    if (QUANTITIES.has(words[i - 1]!)) return words.at(-1)!;
    if (plausibleHead(words[i - 1]!)) return words[i - 1]!;
  }
  return words.at(-1) ?? '';
}
const CONNECTORS = new Set(['for', 'of', 'at', 'with', 'from', 'in', 'on', 'by']);
const PARTICIPLE = /^(?:[a-z]+ed|taken|given|drawn|written|shown|made)$/;
const QUANTITIES = new Set(
  'half third quarter majority majorities minority most many some few all none percent proportion share number'.split(
    ' ',
  ),
);

// Things that are a source only as "according to …" ("according to federal data"); "federal data
// said" is no one.
const RECORDS = new Set([
  'data',
  'law',
  'account',
  'average',
  'index',
  'results',
  'returns',
  'tally',
]);

function plausibleHead(head: string): boolean {
  if (NOT_ANYONE.has(head)) return false;
  if (ROLE_NOUNS.has(head) || ANONYMOUS_HEADS.has(head) || PERSON_HEADS.has(head)) return true;
  if (EVIDENCE.has(head)) return true;
  return (
    PERSON_ENDING.test(head) &&
    !THING_ENDING.test(head) &&
    head.length > 5 &&
    !NOT_PERSON_ENDING.has(head)
  );
}

/** A name that is really a common word capitalised at a sentence start, a line label or a date. */
function implausibleName(name: string, isLowerWord: (w: string) => boolean): boolean {
  const parts = name.split(/\s+/);
  for (const p of parts) {
    // "PUBLISHED 5 June": a long word in capitals is a label line, not an acronym.
    if (p.length >= 7 && p === p.toUpperCase() && /[A-Z]/.test(p)) return true;
  }
  const last = parts
    .at(-1)!
    .toLowerCase()
    .replace(/[’']s$/, '');
  if (MONTHS_DAYS.test(last) || /^\d/.test(last)) return true;
  // "Q:" in an interview transcript: a letter is no one.
  if (parts.length === 1 && last.length === 1) return true;
  // A single word the article also writes in lower case ("Water", "Enough") is not a name.
  return parts.length === 1 && isLowerWord(last);
}

/**
 * How sure a speaker mention is on its own, before resolving it across the article: 0 when it cannot
 * be anyone, so that the quote is shown with its speaker unclear.
 */
export function mentionConfidence(m: SpeakerMention, isLowerWord: (w: string) => boolean): number {
  if (m.kind === 'pronoun') return 1;
  if (m.kind === 'name') return implausibleName(m.name!, isLowerWord) ? 0 : 0.95;
  const head = headOf(m);
  if (RECORDS.has(head)) return m.cue === 'according' ? 0.6 : 0;
  if (!plausibleHead(head)) return 0;
  // "a statement" or "an email" is no one in particular; "the statement" points back to a known one.
  if (EVIDENCE.has(head)) return INDEFINITE_START.test(m.mention) && MESSAGES.has(head) ? 0 : 0.6;
  return 0.75;
}

/** Whether a word appears in lower case anywhere in the text; the set is built on the first question only. */
export function lowerWordsOf(tk: Tokens): (w: string) => boolean {
  let words: Set<string> | null = null;
  return (w) => {
    if (!words) {
      words = new Set();
      for (let i = 0; i < tk.length; i++) if (tk.isWord(i) && !tk.cap(i)) words.add(tk.norm(i));
    }
    return words.has(w);
  };
}
