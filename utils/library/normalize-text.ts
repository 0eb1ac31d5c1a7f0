/** A word of an article or alias, normalised for matching. */
export interface Token {
  /** Lower-case, accent-free, possessive and plural stripped, British/US spelling folded. */
  norm: string;
  /** The word as written, minus a possessive "'s" (for case-sensitive acronyms). */
  raw: string;
  /** Offset of the word in the text it came from. */
  start: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’ʼ`][\p{L}\p{N}]+)*/gu;
const APOSTROPHES = /['’ʼ`]/gu;
const POSSESSIVE = /['’ʼ`]s$/iu;

/** Folds inflections so "Organisations'", "organization" and "ORGANIZATION" meet. */
export function normalizeWord(word: string): string {
  // Most words are ASCII: skip the (slow) Unicode decomposition for them.
  const ascii = /^[\x20-\x7e]*$/.test(word);
  let w = (ascii ? word : word.normalize('NFKD').replace(/\p{M}/gu, '')).toLowerCase();
  w = w.replace(POSSESSIVE, '').replace(APOSTROPHES, '');
  if (w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  return w.replace(/isation$/, 'ization').replace(/ise$/, 'ize');
}

/** Splits text into words; hyphens and punctuation separate ("al-Nusra" → al, nusra). */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    tokens.push({
      norm: normalizeWord(word),
      raw: word.replace(POSSESSIVE, ''),
      start: match.index,
    });
  }
  return tokens;
}

const ACRONYM_SKIP = new Set(['of', 'the', 'for', 'and', 'on', 'in', 'al', 'el', 'at', 'ad', 'to']);

/** "Organisation for the Prohibition of Chemical Weapons" → "OPCW"; null below three letters. */
export function acronymOf(name: string): string | null {
  const words = (name.match(WORD) ?? []).filter((w) => !ACRONYM_SKIP.has(w.toLowerCase()));
  if (words.length < 3 || words.length > 8) return null;
  return words.map((w) => w[0]!.toUpperCase()).join('');
}

/** Short all-capital aliases ("WHO", "JIM") match only when written in capitals. */
export function isCaseSensitiveAlias(alias: string): boolean {
  return /^[\p{Lu}\p{N}]{2,6}$/u.test(alias.trim());
}
