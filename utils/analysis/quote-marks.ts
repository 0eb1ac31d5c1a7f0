const LETTER = /\p{L}/u;

/** Which marks can open a quotation and which marks may close each opener. */
const CLOSERS_FOR: Record<string, string> = {
  // A left mark closing a quotation (“…,“) is a common typo; canClose still wants it glued to the text.
  '“': '”"“',
  '"': '"”“',
  '„': '“”"',
  '«': '»',
  '»': '«',
  '‹': '›',
  '‚': '‘’',
  '‘': "’'",
  "'": "'’",
};

// Marks that only ever open; the rest open only when they stand before a word. ‘ is left out: it doubles as an apostrophe.
const ALWAYS_OPENING = '“„«‹‚';
const SINGLE = new Set(['‚', '‘', "'"]);

function isSpace(c: number): boolean {
  // NaN (outside the text) counts as space.
  return !(c > 0) || c === 32 || c === 10 || c === 9 || c === 0xa0 || c === 13;
}

/** Whether the mark `ch` at `i` can open a quotation here. */
export function canOpen(text: string, i: number, ch: string): boolean {
  if (!(ch in CLOSERS_FOR)) return false;
  if (isSpace(text.charCodeAt(i + 1))) return false;
  if (ALWAYS_OPENING.includes(ch)) return true;
  const prev = text.charCodeAt(i - 1);
  // Straight and right-hand marks open only at a word start ("(", "—", space or paragraph start).
  return (
    isSpace(prev) || prev === 40 || prev === 91 || prev === 0x2014 || prev === 0x2013 || prev === 47
  );
}

/** Whether the mark `ch` at `i` can close a quotation opened by `opener`. */
export function canClose(text: string, i: number, ch: string, opener: string): boolean {
  if (!(CLOSERS_FOR[opener] ?? '').includes(ch)) return false;
  const next = text.charCodeAt(i + 1);
  if (isSpace(text.charCodeAt(i - 1)) && !isSpace(next)) return false;
  if (ch === '“' && opener === '“' && (isSpace(text.charCodeAt(i - 1)) || !isSpace(next)))
    return false;
  if (SINGLE.has(opener)) return !(next > 0) || !LETTER.test(text[i + 1]!);
  return true;
}
