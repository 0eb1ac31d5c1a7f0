import { canClose, canOpen } from './quote-marks';
import type { Tokens } from './tokenize';

/** Text inside quotation marks, before deciding whether it is a quote or a scare quote. */
export interface QuoteSpan {
  start: number;
  end: number;
  /** Token index of the opening mark and of the closing mark. */
  openTok: number;
  closeTok: number;
  /** Number of paragraphs the quotation runs over. */
  paragraphs: number;
}

const isSpaceCode = (c: number) => c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0;

function trimmed(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
  while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
  return [s, e];
}

/** A straight apostrophe glued to another ('') */
function doubled(tk: Tokens, i: number): boolean {
  return tk.norm(i) === "'" && tk.norm(i + 1) === "'" && tk.start[i + 1] === tk.end[i];
}

/** First token of the next non-empty paragraph after the break at `i`. */
function nextParagraphStart(tk: Tokens, i: number): number {
  let j = i;
  while (j < tk.length && tk.isBreak(j)) j++;
  return j;
}

/**
 * Finds every balanced quotation in one left-to-right pass. A paragraph left open continues only
 * when the next paragraph opens with the same kind of mark (the news convention); otherwise the
 * stray mark is dropped, so unbalanced marks never swallow the rest of the article. Stops after
 * `limit` quotations.
 */
export function findDirectQuotes(text: string, tk: Tokens, limit: number): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const ahead = curlyCloserAhead(text);
  let open = -1;
  let opener = '';
  // Opened by two apostrophes (''), so only two close it.
  let pair = false;
  let paragraphs = 1;
  for (let i = 0; i < tk.length && spans.length < limit; i++) {
    if (tk.isBreak(i)) {
      if (open < 0) continue;
      const next = nextParagraphStart(tk, i);
      if (
        next < tk.length &&
        tk.isQuote(next) &&
        tk.norm(next) === opener &&
        canOpen(text, tk.start[next]!, opener)
      ) {
        paragraphs++;
        i = next;
      } else {
        open = -1;
        i = next - 1;
      }
      continue;
    }
    if (!tk.isQuote(i)) continue;
    if (open < 0) {
      if (canOpen(text, tk.start[i]!, tk.norm(i))) {
        // Two apostrophes ('') stand for a double mark in some newspapers' plain text.
        pair = doubled(tk, i);
        open = pair ? i + 1 : i;
        opener = tk.norm(i);
        paragraphs = 1;
        i = open;
      }
      continue;
    }
    if (!canClose(text, tk.start[i]!, tk.norm(i), opener)) continue;
    // Inside ''…'' a single apostrophe is a quotation within it ('together') or an elision; of
    // three glued marks (''…'independence,''') the last two close.
    if (pair && (!doubled(tk, i) || doubled(tk, i + 1))) continue;
    // A straight mark inside a curly quotation (“… "x" …”) is not its end when a ” still follows.
    if (opener === '“' && tk.norm(i) === '"' && ahead(tk.start[i]!)) continue;
    const [start, end] = trimmed(text, tk.end[open]!, tk.start[i]!);
    if (end > start) spans.push({ start, end, openTok: open, closeTok: i, paragraphs });
    open = -1;
    if (doubled(tk, i)) i++;
  }
  return spans;
}

/**
 * Whether a right curly mark follows `pos` in the same paragraph. The next ” and the next line
 * break are remembered, so a run of straight marks costs one scan, not one scan each.
 */
function curlyCloserAhead(text: string): (pos: number) => boolean {
  let curly = -2;
  let lineBreak = -2;
  return (pos) => {
    if (curly !== -1 && curly <= pos) curly = text.indexOf('”', pos + 1);
    if (lineBreak !== -1 && lineBreak <= pos) lineBreak = text.indexOf('\n', pos + 1);
    return curly !== -1 && (lineBreak === -1 || curly < lineBreak);
  };
}
