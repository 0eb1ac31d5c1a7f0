import { describe, expect, it } from 'vitest';
import { AnalysisSchema } from '@/utils/analysis/analysis-schema';
import { analyzeText } from '@/utils/analysis/analyze-text';

const MB = 1 << 20;
const fill = (unit: string) => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);

// Inputs that break naive quote pairing, regex backtracking or per-sentence quadratic scans.
const inputs: [string, string][] = [
  ['unbalanced opening marks', fill('He said “no ')],
  ['thousands of quote marks', fill('"')],
  ['alternating curly marks', fill('“a” ')],
  ['one huge paragraph without punctuation', fill('word ')],
  ['a run of one character', 'a'.repeat(MB)],
  ['a run of hyphens', fill('-')],
  ['cue words everywhere', fill('officials said that ')],
  [
    'names and descriptions everywhere',
    fill('Anna Berg said that a senior official warned that he noted that '),
  ],
  ['loaded words without end', fill('so-called false flag regime ')],
  ['paragraph breaks only', '\n'.repeat(MB)],
  ['a name before every comma', fill('Anna, ')],
  ['doubled apostrophes', fill("''a'' ")],
  ['single quotes around every word', fill("'a' ")],
  ['title abbreviations without names', fill('Mr. Dr. Sen. ')],
  ['colons after names on every line', fill('Anna Berg: the plan is dead\n')],
  ['appositives without end', fill('The head of the port, Anna Berg, the chair, ')],
];

describe('pathological inputs', () => {
  it.each(inputs)('finishes on 1 MB of %s with a valid result', (_name, text) => {
    const a = analyzeText(text);
    expect(AnalysisSchema.safeParse(a).success).toBe(true);
    for (const q of a.quotes) expect(q.end).toBeLessThanOrEqual(text.length);
  });

  it('handles the empty string', () => {
    expect(analyzeText('')).toEqual({ quotes: [], terms: [], sourcing: [], entities: [] });
  });
});
