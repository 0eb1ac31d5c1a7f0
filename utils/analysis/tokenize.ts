// One file on purpose: the token store, the character classes and the scan share module-local
// constants, which the hot loop reads far faster than imported ones (see below).
import { Interner } from './interner';

// Token kinds, stored one byte per token. Kept module-local (and read through methods) because
// tsx compiles imported bindings to getters, which cost more than the check itself in hot loops.
const WORD = 0;
const PUNCT = 1;
const QUOTE = 2;
const BREAK = 3;

const CAP = 1;
const HYPHENATED = 2;

/**
 * The words, punctuation and quotation marks of one text, as parallel typed arrays rather than one
 * object per token: a 1 MB page has ~250k tokens, and objects for each made garbage collection the
 * main cost of the engine. Out-of-range indexes read as "no token" (kind -1, norm '').
 */
export class Tokens {
  constructor(
    readonly length: number,
    /** UTF-16 offsets of each token. */
    readonly start: Int32Array,
    readonly end: Int32Array,
    private readonly kinds: Uint8Array,
    private readonly flags: Uint8Array,
    private readonly ids: Int32Array,
    private readonly words: readonly string[],
  ) {}

  /** WORD, PUNCT, QUOTE or BREAK; -1 outside the text. */
  kind(i: number): number {
    return this.kinds[i] ?? -1;
  }

  isWord(i: number): boolean {
    return this.kinds[i] === WORD;
  }

  isPunct(i: number): boolean {
    return this.kinds[i] === PUNCT;
  }

  /** A quotation mark or apostrophe standing on its own. */
  isQuote(i: number): boolean {
    return this.kinds[i] === QUOTE;
  }

  /** A line break (paragraph boundary). */
  isBreak(i: number): boolean {
    return this.kinds[i] === BREAK;
  }

  /** Lower-cased text with curly apostrophes made straight, interned per text, for lexicon lookups. */
  norm(i: number): string {
    const id = this.ids[i];
    return id === undefined ? '' : this.words[id]!;
  }

  /** First character is an upper-case letter. */
  cap(i: number): boolean {
    return ((this.flags[i] ?? 0) & CAP) !== 0;
  }

  /** Joined to the previous word by a hyphen ("foreign-sponsored"), so phrases match either spelling. */
  hyphenated(i: number): boolean {
    return ((this.flags[i] ?? 0) & HYPHENATED) !== 0;
  }

  /** Number of UTF-16 units in the token. */
  size(i: number): number {
    return this.end[i]! - this.start[i]!;
  }
}

const LETTER = 1;
const DIGIT = 2;
const UPPER = 4;
const QUOTE_MARK = 8;
const KNOWN = 128;
const LETTER_RE = /\p{L}/u;
const QUOTE_CHARS = '"“”„‟«»‹›‚‘’\'';
// Filled lazily: one regex test per distinct code unit rather than per character read.
const classes = new Uint8Array(65536);

function classify(c: number): number {
  const ch = String.fromCharCode(c);
  let k = KNOWN;
  if (c >= 48 && c <= 57) k |= DIGIT;
  else if (c < 128 ? (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : LETTER_RE.test(ch))
    k |= LETTER;
  if ((k & LETTER) !== 0 && ch !== ch.toLowerCase() && ch === ch.toUpperCase()) k |= UPPER;
  if (QUOTE_CHARS.includes(ch)) k |= QUOTE_MARK;
  return k;
}

function charClass(c: number): number {
  const k = classes[c]!;
  return k !== 0 ? k : (classes[c] = classify(c));
}

const TITLE_ABBREVIATIONS = new Set(
  'mr mrs ms dr sen rep gov gen lt col sgt capt maj adm cmdr rev prof fr supt insp det'.split(' '),
);
/** "J. Gerald Hebert": a capital other than I or A, its full stop, a space and a capitalised word. */
function isInitial(text: string, i: number, j: number): boolean {
  const c = text.charCodeAt(i);
  return (
    j - i === 1 &&
    c !== 73 &&
    c !== 65 &&
    isUpperCode(c) &&
    text.charCodeAt(j + 1) === 32 &&
    isUpperCode(text.charCodeAt(j + 2))
  );
}

const isApostrophe = (c: number) => c === 39 || c === 0x2019;
const isLetterCode = (c: number) => (charClass(c) & LETTER) !== 0;
const isWordCode = (c: number) => (charClass(c) & (LETTER | DIGIT)) !== 0;
const isUpperCode = (c: number) => (charClass(c) & UPPER) !== 0;
const isQuoteCode = (c: number) => (charClass(c) & QUOTE_MARK) !== 0;

/** Splits text into tokens in one pass over char codes; an apostrophe between letters stays inside the word. */
export function tokenize(text: string): Tokens {
  const n = text.length;
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  const kinds = new Uint8Array(n);
  const flags = new Uint8Array(n);
  const ids = new Int32Array(n);
  const interner = new Interner(text);
  let count = 0;
  let i = 0;
  let pendingHyphen = false;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 13 || c === 0xa0) {
      pendingHyphen = false;
      i++;
      continue;
    }
    if (isWordCode(c)) {
      let j = i + 1;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (isWordCode(d)) j++;
        else if (isApostrophe(d) && j + 1 < n && isLetterCode(text.charCodeAt(j + 1))) j += 2;
        // "U.S." style initialisms keep their dots.
        else if (d === 46 && j + 1 < n && isUpperCode(text.charCodeAt(j + 1)) && j - i === 1)
          j += 2;
        else break;
      }
      if (j < n && text.charCodeAt(j) === 46 && j - i === 3 && text.charCodeAt(i + 1) === 46) j++;
      start[count] = i;
      kinds[count] = WORD;
      flags[count] = (isUpperCode(c) ? CAP : 0) | (pendingHyphen ? HYPHENATED : 0);
      ids[count] = interner.id(i, j, true);
      // "Mr. Rubel": a title's full stop belongs to the word (its norm stays "mr"), so it splits neither sentence nor name.
      if (
        j - i <= 4 &&
        j < n &&
        text.charCodeAt(j) === 46 &&
        (TITLE_ABBREVIATIONS.has(interner.strings[ids[count]!]!) || isInitial(text, i, j))
      )
        j++;
      end[count] = j;
      count++;
      pendingHyphen = false;
      i = j;
      if (i + 1 < n) {
        const h = text.charCodeAt(i);
        if ((h === 45 || h === 0x2011) && isWordCode(text.charCodeAt(i + 1))) {
          pendingHyphen = true;
          i++;
        }
      }
      continue;
    }
    const kind = c === 10 ? BREAK : isQuoteCode(c) ? QUOTE : PUNCT;
    // A run of one punctuation mark ("....", "!!!", "----") is one token: a megabyte of full
    // stops must not become a million sentences.
    let j = i + 1;
    if (kind === PUNCT) while (j < n && text.charCodeAt(j) === c) j++;
    start[count] = i;
    end[count] = j;
    kinds[count] = kind;
    ids[count] = interner.single(i);
    count++;
    pendingHyphen = false;
    i = j;
  }
  return new Tokens(
    count,
    start.subarray(0, count),
    end.subarray(0, count),
    kinds.subarray(0, count),
    flags.subarray(0, count),
    ids.subarray(0, count),
    interner.strings,
  );
}
