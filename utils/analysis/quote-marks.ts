/** Which marks can open a quotation and which marks may close each opener. */
const CLOSERS_FOR: Record<string, string> = {
  '“': '”"',
  '"': '"”“',
  '„': '“”"',
  '«': '»',
  '»': '«',
  '‹': '›',
  '‚': '‘’',
  '‘': "’'",
  "'": "'’",
};

// Marks that only ever open; the rest open only when they stand before a word.
const ALWAYS_OPENING = new Set(['“', '„', '«', '‹', '‚', '‘']);
const SINGLE = new Set(['‚', '‘', "'"]);

function isSpace(ch: string | undefined): boolean {
  return (
    ch === undefined || ch === ' ' || ch === '\n' || ch === '\t' || ch === '\u00a0' || ch === '\r'
  );
}

/** Whether the mark at `i` can open a quotation here. */
export function canOpen(text: string, i: number): boolean {
  const ch = text[i]!;
  if (!(ch in CLOSERS_FOR)) return false;
  const next = text[i + 1];
  if (isSpace(next)) return false;
  if (ALWAYS_OPENING.has(ch) && ch !== '‘') return true;
  const prev = text[i - 1];
  // Straight and right-hand marks open only at a word start ("(", "—", space or paragraph start).
  return (
    isSpace(prev) || prev === '(' || prev === '[' || prev === '—' || prev === '–' || prev === '/'
  );
}

/** Whether the mark at `i` can close a quotation opened by `opener`. */
export function canClose(text: string, i: number, opener: string): boolean {
  if (!(CLOSERS_FOR[opener] ?? '').includes(text[i]!)) return false;
  if (isSpace(text[i - 1]) && !isSpace(text[i + 1])) return false;
  if (SINGLE.has(opener)) {
    const next = text[i + 1];
    return next === undefined || !/\p{L}/u.test(next);
  }
  return true;
}

/** Single marks nest inside double ones; a single mark is only a top-level opener when no double is open. */
export function isSingle(mark: string): boolean {
  return SINGLE.has(mark);
}
