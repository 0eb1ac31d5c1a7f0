/** Bit flags describing one UTF-16 code unit. */
export const CharClass = {
  Letter: 1,
  Digit: 2,
  Upper: 4,
  Quote: 8,
  Known: 128,
} as const;

const LETTER = /\p{L}/u;
const QUOTES = '"“”„‟«»‹›‚‘’\'';

// Filled lazily, one regex test per distinct code unit rather than per character read.
const classes = new Uint8Array(65536);
const lower = new Uint16Array(65536);

function classify(c: number): number {
  const ch = String.fromCharCode(c);
  let k: number = CharClass.Known;
  if (c >= 48 && c <= 57) k |= CharClass.Digit;
  else if (c < 128 ? (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : LETTER.test(ch))
    k |= CharClass.Letter;
  if ((k & CharClass.Letter) !== 0 && ch !== ch.toLowerCase() && ch === ch.toUpperCase())
    k |= CharClass.Upper;
  if (QUOTES.includes(ch)) k |= CharClass.Quote;
  return k;
}

/** The CharClass flags of code unit `c`. */
export function charClass(c: number): number {
  const k = classes[c]!;
  if (k !== 0) return k;
  return (classes[c] = classify(c));
}

/** Lower-case code unit, with the curly apostrophe made straight; letters whose lower case is longer stay as they are. */
export function lowerCode(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  if (c === 0x2019) return 39;
  const l = lower[c]!;
  if (l !== 0) return l;
  const s = String.fromCharCode(c).toLowerCase();
  return (lower[c] = s.length === 1 ? s.charCodeAt(0) : c);
}
