import { canClose, canOpen } from './quote-marks';
import type { Token } from './tokenize';

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

function trimmed(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return [s, e];
}

/** First token of the next non-empty paragraph after the break at `i`. */
function nextParagraphStart(tokens: readonly Token[], i: number): number {
  let j = i;
  while (j < tokens.length && tokens[j]!.kind === 'break') j++;
  return j;
}

/**
 * Finds every balanced quotation in one left-to-right pass. A paragraph left open continues only
 * when the next paragraph opens with the same kind of mark (the news convention); otherwise the
 * stray mark is dropped, so unbalanced marks never swallow the rest of the article.
 */
export function findDirectQuotes(text: string, tokens: readonly Token[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open = -1;
  let opener = '';
  let paragraphs = 1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'break') {
      if (open < 0) continue;
      const next = nextParagraphStart(tokens, i);
      const nt = tokens[next];
      if (nt && nt.kind === 'quote' && nt.norm === opener && canOpen(text, nt.start)) {
        paragraphs++;
        i = next;
      } else {
        open = -1;
        i = next - 1;
      }
      continue;
    }
    if (t.kind !== 'quote') continue;
    if (open < 0) {
      if (canOpen(text, t.start)) {
        open = i;
        opener = t.norm;
        paragraphs = 1;
      }
      continue;
    }
    if (!canClose(text, t.start, opener)) continue;
    const [start, end] = trimmed(text, tokens[open]!.end, t.start);
    if (end > start) spans.push({ start, end, openTok: open, closeTok: i, paragraphs });
    open = -1;
  }
  return spans;
}
