import { cueAt } from './cue-match';
import type { Tokens } from './tokenize';
import {
  DETERMINERS,
  FUNCTION_WORDS,
  MODIFIERS,
  NAME_PARTICLES,
  PRONOUNS,
  ROLE_NOUNS,
  TITLES,
} from './vocabulary';

/** The words naming a speaker at one place in the text, as a token range. */
export interface SpeakerPhrase {
  first: number;
  end: number;
  /** A description set off by commas next to the name ("Marta Quill, the harbour master,"). */
  role?: { first: number; end: number };
}

// Words that may sit between a speaker and the cue ("Rudskoy further noted", "he has warned").
const BETWEEN = new Set(
  'has have had is was were are also however further later then previously again once recently reportedly earlier repeatedly would will could may might subsequently publicly privately separately sharply flatly bluntly simply quickly immediately already often frequently always never first last too himself herself themselves itself openly angrily falsely correctly rightly wrongly strongly initially finally once'.split(
    ' ',
  ),
);

// Lower-case words that end a speaker phrase: verbs, auxiliaries and the like ("the plan would", "who was").
const STOP = new Set(
  'would will could should may might must can is was were are be been being had has have did does do said says told that which who whom whose while when where after before because if than then as like said also not'.split(
    ' ',
  ),
);

/** A capitalised word after another inside a name ("America First", "Kids Now"). */
const insideName = (tk: Tokens, i: number) =>
  tk.cap(i) && tk.cap(i - 1) && tk.isWord(i - 1) && !FUNCTION_WORDS.has(tk.norm(i - 1));

/** A word that may belong to a speaker phrase ("Fire Service chief inspector Marta Kowalczyk"). */
function isPhraseWord(tk: Tokens, i: number): boolean {
  if (!tk.isWord(i)) return false;
  const norm = tk.norm(i);
  if (STOP.has(norm) || (FUNCTION_WORDS.has(norm) && !insideName(tk, i))) return false;
  const c = norm.charCodeAt(0);
  return tk.cap(i) || (c >= 97 && c <= 122) || NAME_PARTICLES.has(norm);
}

/** Enough to be a speaker: a name, a determiner, a possessive or a known role ("officials"), not just any words. */
function looksLikeSpeaker(tk: Tokens, first: number, end: number): boolean {
  for (let i = first; i < end; i++) {
    const norm = tk.norm(i);
    if (
      tk.cap(i) ||
      DETERMINERS.has(norm) ||
      norm.endsWith("'s") ||
      ROLE_NOUNS.has(norm) ||
      MODIFIERS.has(norm) ||
      TITLES.has(norm)
    )
      return true;
  }
  return false;
}

/** The apostrophe of "farmers’ union": glued to a word ending in s, with a space after. */
function pluralPossessive(tk: Tokens, i: number): boolean {
  const norm = tk.norm(i);
  return (
    tk.isQuote(i) &&
    (norm === '’' || norm === "'") &&
    tk.end[i - 1] === tk.start[i] &&
    tk.norm(i - 1).endsWith('s') &&
    tk.start[i + 1]! > tk.end[i]!
  );
}

/** Skips adverbs and auxiliaries leftwards from `i`; returns the index of the last speaker word candidate. */
export function skipBetween(tk: Tokens, i: number): number {
  let j = i;
  for (let k = 0; k < 4 && j >= 0; k++) {
    const norm = tk.norm(j);
    // "Priebus later Thursday told", "Ada Voss on Monday said": a day between name and cue.
    const day = DAYS.has(norm) || (norm === 'on' && DAYS.has(tk.norm(j + 1)));
    const adverb = norm.length > 5 && norm.endsWith('ly') && !NOT_ADVERBS.has(norm);
    if (!day && !((BETWEEN.has(norm) || adverb) && !tk.cap(j))) break;
    j--;
  }
  return j;
}
// Words in -ly that end a speaker phrase ("the family said"), not adverbs ("Cruz gingerly said").
const NOT_ADVERBS = new Set(
  'family assembly elderly monopoly anomaly quarterly weekly monthly butterfly'.split(' '),
);
const DAYS = new Set(
  'monday tuesday wednesday thursday friday saturday sunday today yesterday tonight'.split(' '),
);

const isOfFor = (norm: string) => norm === 'of' || norm === 'for';

// Heads of organisation names that may hold "on", "and" or "&" ("Center on Budget and Policy Priorities").
const ORG_WORDS = new Set(
  'center centre institute foundation council committee association department ministry university universities college colleges school bureau office commission society union league federation alliance coalition agency board party organisation organization fund trust network authority court bank museum project campaign'.split(
    ' ',
  ),
);
const ORG_JOINERS = new Set(['on', 'and', '&', 'of', 'for']);

/** "and" in "Center on Budget and Policy" joins one name: capitalised words on both sides and an organisation word further left. */
export function joinsOrgName(tk: Tokens, j: number): boolean {
  if (tk.cap(j) || !tk.cap(j + 1) || !tk.cap(j - 1) || !ORG_JOINERS.has(tk.norm(j))) return false;
  return orgWordFrom(tk, j - 1, -1) || orgWordFrom(tk, j + 1, 1);
}

/** An organisation word among the capitalised words (and joiners) from `i` in direction `step`. */
function orgWordFrom(tk: Tokens, i: number, step: 1 | -1): boolean {
  for (let k = i, n = 0; n < 8 && k >= 0 && k < tk.length; k += step, n++) {
    const norm = tk.norm(k);
    if (ORG_WORDS.has(norm) && tk.cap(k)) return true;
    if (!tk.cap(k) && !ORG_JOINERS.has(norm) && !pluralPossessive(tk, k)) return false;
  }
  return false;
}

/** The speaker phrase that ends at token `last` (inclusive), read leftwards, or null. */
export function phraseBefore(tk: Tokens, last: number): SpeakerPhrase | null {
  let j = last;
  if (j < 0 || !tk.isWord(j)) return null;
  if (PRONOUNS.has(tk.norm(j))) return { first: j, end: j + 1 };
  let first = j + 1;
  for (let count = 0; j >= 0 && count < 12; j--, count++) {
    if (DETERMINERS.has(tk.norm(j))) {
      if (first <= last) first = j;
      // "a spokesperson for the Employers' Association": the body a role speaks for.
      if (first === j && isOfFor(tk.norm(j - 1)) && ROLE_NOUNS.has(tk.norm(j - 2))) {
        first = j - 2;
        j -= 2;
        continue;
      }
      break;
    }
    const connector =
      (isOfFor(tk.norm(j)) && first <= last && tk.cap(first)) ||
      (first <= last && joinsOrgName(tk, j));
    if (isPhraseWord(tk, j) || connector || (first <= last && pluralPossessive(tk, j))) first = j;
    else break;
  }
  while (first <= last && isOfFor(tk.norm(first))) first++;
  if (first > last || !looksLikeSpeaker(tk, first, last + 1)) return null;
  return { first, end: last + 1 };
}

/** The speaker phrase that starts at token `i`, read rightwards ("said Rudskoy", "said the minister"). */
export function phraseAfter(tk: Tokens, i: number): SpeakerPhrase | null {
  if (!tk.isWord(i)) return null;
  if (PRONOUNS.has(tk.norm(i))) return { first: i, end: i + 1 };
  let j = i;
  if (DETERMINERS.has(tk.norm(i))) j++;
  let end = -1;
  for (let count = 0; j < tk.length && count < 10; j++, count++) {
    const connector = isOfFor(tk.norm(j)) && tk.cap(j + 1) && end > 0;
    if ((isPhraseWord(tk, j) && !cueAt(tk, j)) || connector) end = j + 1;
    else break;
  }
  if (!(end > i && looksLikeSpeaker(tk, i, end))) return null;
  const role = roleAfter(tk, end);
  return role ? { first: i, end, role } : { first: i, end };
}

const ROLE_END = new Set(['.', ',', ';', '?', '!', ')']);

/** "said Tomas Reyes, vice president of planning for the utility.": the description after the name's comma. */
function roleAfter(tk: Tokens, comma: number): { first: number; end: number } | null {
  if (tk.norm(comma) !== ',' || !tk.cap(comma - 1)) return null;
  const first = comma + 1;
  const lead = tk.norm(first);
  if (!tk.isWord(first) || STOP.has(lead) || PRONOUNS.has(lead)) return null;
  if (tk.cap(first) && !TITLES.has(lead) && !ROLE_NOUNS.has(lead)) return null;
  let role = false;
  let j = first;
  for (; j < tk.length && j < first + 14 && tk.isWord(j); j++) {
    if (cueAt(tk, j) || STOP.has(tk.norm(j))) return null;
    if (ROLE_NOUNS.has(tk.norm(j)) || TITLES.has(tk.norm(j))) role = true;
  }
  const stop = j >= tk.length || tk.isBreak(j) || ROLE_END.has(tk.norm(j));
  return role && stop && j > first ? { first, end: j } : null;
}
