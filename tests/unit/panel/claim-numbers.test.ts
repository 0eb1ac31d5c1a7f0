import { describe, expect, it } from 'vitest';
import { analyzeText } from '@/utils/analysis/analyze-text';
import { claimNumbers } from '@/utils/panel/claim-numbers';

describe('claimNumbers', () => {
  it('numbers claims in reading order, a split quotation once', () => {
    // Written for this test: a quotation split by its cue, then a reported claim.
    const analysis = analyzeText(
      'Marta Quill, the harbour master, spoke on Friday. “We checked every vessel,” she said. “None of them leaked.”\n\nOfficials said the samples had been sent to a laboratory.',
    );
    const numbers = claimNumbers(analysis.quotes);
    const byText = Object.fromEntries(analysis.quotes.map((q) => [q.text, numbers.get(q.id)]));
    expect(analysis.quotes.some((q) => q.continues)).toBe(true);
    expect(byText['We checked every vessel,']).toBe(1);
    expect(byText['None of them leaked.']).toBe(1);
    expect(Object.values(byText).at(-1)).toBe(2);
  });
});
