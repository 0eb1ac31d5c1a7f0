import type { Analysis } from '@/utils/analysis/analysis-schema';
import { analyzeText } from '@/utils/analysis/analyze-text';

/** Analyses `text` and checks that every item's offsets cut out exactly the text it reports. */
export function analyze(text: string): Analysis {
  const a = analyzeText(text);
  for (const item of [...a.quotes, ...a.terms, ...a.sourcing]) {
    if (text.slice(item.start, item.end) !== item.text)
      throw new Error(`offsets of ${item.id} do not match its text`);
  }
  for (const q of a.quotes) {
    if (q.cue && text.slice(q.cue.start, q.cue.end) !== q.cue.text)
      throw new Error(`cue offsets of ${q.id} do not match`);
  }
  return a;
}

/** The quote whose text contains `fragment`. */
export function quoteWith(a: Analysis, fragment: string) {
  const q = a.quotes.find((x) => x.text.includes(fragment));
  if (!q)
    throw new Error(
      `no quote contains "${fragment}": ${JSON.stringify(a.quotes.map((x) => x.text))}`,
    );
  return q;
}
