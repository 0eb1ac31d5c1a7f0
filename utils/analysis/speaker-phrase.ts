import { cueAt } from './cue-match';
import type { Token } from './tokenize';
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
}

// Words that may sit between a speaker and the cue ("Rudskoy further noted", "he has warned").
const BETWEEN = new Set(
  'has have had is was were are also further later then previously again once recently reportedly earlier repeatedly would will could may might subsequently publicly privately separately sharply flatly bluntly simply quickly immediately already often frequently always never first last too himself herself themselves itself openly angrily falsely correctly rightly wrongly strongly initially finally once'.split(
    ' ',
  ),
);

// Lower-case words that end a speaker phrase: verbs, auxiliaries and the like ("the plan would", "who was").
const STOP = new Set(
  'would will could should may might must can is was were are be been being had has have did does do said says told that which who whom whose while when where after before because if than then as like said also not'.split(
    ' ',
  ),
);

/** A word that may belong to a speaker phrase ("Fire Service chief inspector Marta Kowalczyk"). */
function isPhraseWord(t: Token): boolean {
  if (t.kind !== 'word') return false;
  if (FUNCTION_WORDS.has(t.norm) || STOP.has(t.norm)) return false;
  return t.cap || /^[a-z]/.test(t.norm) || NAME_PARTICLES.has(t.norm);
}

/** Enough to be a speaker: a name, a determiner, a possessive or a known role ("officials"), not just any words. */
function looksLikeSpeaker(tokens: readonly Token[], first: number, end: number): boolean {
  for (let i = first; i < end; i++) {
    const t = tokens[i]!;
    if (
      t.cap ||
      DETERMINERS.has(t.norm) ||
      t.norm.endsWith("'s") ||
      ROLE_NOUNS.has(t.norm) ||
      MODIFIERS.has(t.norm) ||
      TITLES.has(t.norm)
    )
      return true;
  }
  return false;
}

/** Skips adverbs and auxiliaries leftwards from `i`; returns the index of the last speaker word candidate. */
export function skipBetween(tokens: readonly Token[], i: number): number {
  let j = i;
  for (let k = 0; k < 3 && j >= 0 && BETWEEN.has(tokens[j]!.norm); k++) j--;
  return j;
}

/** The speaker phrase that ends at token `last` (inclusive), read leftwards, or null. */
export function phraseBefore(tokens: readonly Token[], last: number): SpeakerPhrase | null {
  let j = last;
  if (j < 0) return null;
  const t = tokens[j]!;
  if (t.kind !== 'word') return null;
  if (PRONOUNS.has(t.norm)) return { first: j, end: j + 1 };
  let first = j + 1;
  for (let count = 0; j >= 0 && count < 12; j--, count++) {
    const w = tokens[j]!;
    if (DETERMINERS.has(w.norm)) {
      if (first <= last) first = j;
      break;
    }
    const connector = (w.norm === 'of' || w.norm === 'for') && first <= last && tokens[first]!.cap;
    if (isPhraseWord(w) || connector) first = j;
    else break;
  }
  while (first <= last && (tokens[first]!.norm === 'of' || tokens[first]!.norm === 'for')) first++;
  if (first > last || !looksLikeSpeaker(tokens, first, last + 1)) return null;
  return { first, end: last + 1 };
}

/** The speaker phrase that starts at token `i`, read rightwards ("said Rudskoy", "said the minister"). */
export function phraseAfter(tokens: readonly Token[], i: number): SpeakerPhrase | null {
  const t = tokens[i];
  if (!t || t.kind !== 'word') return null;
  if (PRONOUNS.has(t.norm)) return { first: i, end: i + 1 };
  let j = i;
  if (DETERMINERS.has(t.norm)) j++;
  let end = -1;
  for (let count = 0; j < tokens.length && count < 10; j++, count++) {
    const w = tokens[j]!;
    const connector =
      (w.norm === 'of' || w.norm === 'for') && tokens[j + 1]?.cap === true && end > 0;
    if ((isPhraseWord(w) && !cueAt(tokens, j)) || connector) end = j + 1;
    else break;
  }
  return end > i && looksLikeSpeaker(tokens, i, end) ? { first: i, end } : null;
}
