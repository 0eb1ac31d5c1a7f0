import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { analyzeText } from '../../utils/analysis/analyze-text';
import { join } from './corpora';

const ExpectedSchema = z.object({
  quotes: z.array(
    z.object({
      kind: z.enum(['direct', 'reported']),
      contains: z.string(),
      speaker: z.string(),
      role_contains: z.string().optional(),
      mention: z.string().optional(),
      cue: z.string(),
    }),
  ),
  terms: z.array(z.object({ phrase: z.string(), min_count: z.number(), category: z.string() })),
  vague_sourcing: z.array(z.object({ contains: z.string() })),
  not_terms: z.array(z.string()),
  entities_for_sources: z.array(z.string()),
});

// Hyphens, spaces and apostrophe styles are spelling, not meaning.
const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[-\s]+/g, ' ');

/** Checks each expected finding of the seed article; returns report lines and the pass count. */
export function evalSeed(dir: string): { lines: string[]; passed: number; total: number } {
  const text = readFileSync(join(dir, 'article.txt'), 'utf8');
  const expected = ExpectedSchema.parse(
    JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')),
  );
  const a = analyzeText(text);
  const checks: [string, boolean][] = [];
  for (const e of expected.quotes) {
    const ok = a.quotes.some(
      (q) =>
        q.kind === e.kind &&
        q.text.includes(e.contains) &&
        q.speaker?.name === e.speaker &&
        (!e.role_contains || (q.speaker.role ?? '').includes(e.role_contains)) &&
        (!e.mention || norm(q.speaker.mention) === norm(e.mention)) &&
        q.cue?.text === e.cue,
    );
    checks.push([
      `quote ${e.kind} "${e.contains.slice(0, 40)}" by ${e.speaker}${e.mention ? ` as "${e.mention}"` : ''}, cue ${e.cue}`,
      ok,
    ]);
  }
  for (const e of expected.terms) {
    const n = a.terms.filter(
      (t) => norm(t.text).includes(norm(e.phrase)) && t.category === e.category,
    ).length;
    checks.push([`term "${e.phrase}" (${e.category}) ×${n} ≥ ${e.min_count}`, n >= e.min_count]);
  }
  for (const e of expected.vague_sourcing) {
    checks.push([`sourcing "${e.contains}"`, a.sourcing.some((s) => s.text.includes(e.contains))]);
  }
  for (const word of expected.not_terms) {
    checks.push([`not a term: "${word}"`, !a.terms.some((t) => norm(t.text).includes(norm(word)))]);
  }
  for (const name of expected.entities_for_sources) {
    const found = a.entities.some((e) =>
      [e.name, ...e.aliases].some((x) => norm(x) === norm(name)),
    );
    checks.push([`entity "${name}"`, found]);
  }
  const passed = checks.filter(([, ok]) => ok).length;
  const lines = [
    `seed article: ${passed}/${checks.length} expected findings`,
    ...checks.map(([label, ok]) => `  ${ok ? 'PASS' : 'FAIL'} ${label}`),
  ];
  return { lines, passed, total: checks.length };
}
