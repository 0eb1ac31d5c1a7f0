import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { analyzeText } from '../../utils/analysis/analyze-text';

const ExamplesSchema = z.object({
  examples: z.array(
    z.object({
      text: z.string(),
      term: z.string(),
      voice: z.enum(['outlet', 'reported', 'quoted']),
    }),
  ),
});

/** Whose words each flagged term is (outlet / reported / quoted) on sentences written for this check. */
export function evalVoice(file: string, verbose = false): string[] {
  const { examples } = ExamplesSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  let right = 0;
  const misses: string[] = [];
  for (const ex of examples) {
    const term = analyzeText(ex.text).terms.find((t) =>
      t.text.toLowerCase().includes(ex.term.toLowerCase()),
    );
    if (term?.voice === ex.voice) right++;
    else misses.push(`    ${ex.voice} ≠ ${term?.voice ?? 'not flagged'}: ${ex.text}`);
  }
  const share = right / examples.length;
  return [
    `voice of flagged terms (own examples): ${right}/${examples.length} right (${(share * 100).toFixed(1)} %)`,
    ...(verbose ? misses : []),
  ];
}
