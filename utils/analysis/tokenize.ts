/** One word, punctuation mark or quotation mark of the input, with UTF-16 offsets. */
export interface Token {
  start: number;
  end: number;
  kind: 'word' | 'punct' | 'quote' | 'break';
  /** Lower-cased text with curly apostrophes made straight, for lexicon lookups. */
  norm: string;
  /** First character is an upper-case letter. */
  cap: boolean;
  /** Joined to the previous word by a hyphen ("foreign-sponsored"), so phrases match either spelling. */
  hyphenated: boolean;
}

// Every character class is checked by char code so the scan stays one linear pass with no regex backtracking.
const QUOTE_CHARS = new Set('"“”„‟«»‹›‚‘’\'');
const APOSTROPHES = new Set("'’");

const LETTER = /\p{L}/u;

// ASCII by char code, everything else by one Unicode-aware test: no allocation per character.
function isLetter(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER.test(ch);
}

function isWordChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return (c >= 48 && c <= 57) || isLetter(ch);
}

export function isQuoteChar(ch: string): boolean {
  return QUOTE_CHARS.has(ch);
}

function isUpper(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** Splits text into tokens in one pass; an apostrophe between letters stays inside the word. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  let pendingHyphen = false;
  while (i < n) {
    const ch = text[i]!;
    if (ch === '\n') {
      tokens.push({
        start: i,
        end: i + 1,
        kind: 'break',
        norm: '\n',
        cap: false,
        hyphenated: false,
      });
      pendingHyphen = false;
      i++;
      continue;
    }
    if (ch === ' ' || ch === '\t' || ch === '\r' || ch === '\u00a0') {
      pendingHyphen = false;
      i++;
      continue;
    }
    if (isWordChar(ch)) {
      let j = i + 1;
      while (j < n) {
        const c = text[j]!;
        if (isWordChar(c)) j++;
        else if (APOSTROPHES.has(c) && j + 1 < n && isLetter(text[j + 1]!)) j += 2;
        // "U.S." style initialisms keep their dots.
        else if (c === '.' && j + 1 < n && isUpper(text[j + 1]!) && j - i === 1) j += 2;
        else break;
      }
      if (j < n && text[j] === '.' && j - i === 3 && text[i + 1] === '.') j++;
      const lower = text.slice(i, j).toLowerCase();
      tokens.push({
        start: i,
        end: j,
        kind: 'word',
        norm: lower.includes('’') ? lower.replace(/’/g, "'") : lower,
        cap: isUpper(ch),
        hyphenated: pendingHyphen,
      });
      pendingHyphen = false;
      i = j;
      if (i < n && (text[i] === '-' || text[i] === '‑') && i + 1 < n && isWordChar(text[i + 1]!)) {
        pendingHyphen = true;
        i++;
      }
      continue;
    }
    tokens.push({
      start: i,
      end: i + 1,
      kind: isQuoteChar(ch) ? 'quote' : 'punct',
      norm: ch,
      cap: false,
      hyphenated: false,
    });
    pendingHyphen = false;
    i++;
  }
  return tokens;
}

/** Index of the first token whose end is after `offset` (binary search). */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
