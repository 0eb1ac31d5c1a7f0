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

function isNameLike(t: Token): boolean {
  return t.kind === 'word' && t.cap && !FUNCTION_WORDS.has(t.norm);
}

function isDescriptive(t: Token): boolean {
  if (t.kind !== 'word') return false;
  const n = t.norm;
  return ROLE_NOUNS.has(n) || MODIFIERS.has(n) || TITLES.has(n) || n.endsWith("'s") || n.endsWith("s'");
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
  for (let count = 0; j >= 0 && count < 14; j--, count++) {
    const w = tokens[j]!;
    if (w.kind !== 'word') break;
    if (DETERMINERS.has(w.norm)) {
      if (first <= last) first = j;
      break;
    }
    const particle = NAME_PARTICLES.has(w.norm) && first <= last && tokens[first]!.cap;
    const connector = (w.norm === 'of' || w.norm === 'for') && first <= last && tokens[first]!.cap;
    if (isNameLike(w) || isDescriptive(w) || particle || connector) first = j;
    else break;
  }
  while (first <= last && (tokens[first]!.norm === 'of' || tokens[first]!.norm === 'for')) first++;
  if (first > last) return null;
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
  for (let count = 0; j < tokens.length && count < 12; j++, count++) {
    const w = tokens[j]!;
    if (w.kind !== 'word') break;
    const particle = NAME_PARTICLES.has(w.norm) && tokens[j + 1]?.cap === true;
    const connector = (w.norm === 'of' || w.norm === 'for') && tokens[j + 1]?.cap === true && end > 0;
    if (isNameLike(w) || isDescriptive(w) || particle || connector) end = j + 1;
    else break;
  }
  return end > i ? { first: i, end } : null;
}
