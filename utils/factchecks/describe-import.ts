import type { ImportOutcome } from './import-fact-checks';

/** The outcome of an import in words: one headline and a line per skipped reason. */
export function describeImport(
  name: string,
  outcome: ImportOutcome,
): { ok: boolean; headline: string; skipped: string[] } {
  const total = outcome.skipped.reduce((n, g) => n + g.count, 0);
  const skipped = outcome.skipped.map(
    (g) => `${g.count} × ${g.label}${g.examples.length ? ` (e.g. ${g.examples.join('; ')})` : ''}`,
  );
  if (!outcome.ok) {
    return {
      ok: false,
      headline: `${name} was not imported, and your fact-checks are unchanged: ${outcome.error}.`,
      skipped,
    };
  }
  const plural = (n: number, word: string) =>
    `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;
  const skip = total ? ` Skipped ${plural(total, 'record')}:` : ' No record was skipped.';
  return {
    ok: true,
    headline: `Imported ${name}: ${plural(outcome.added, 'new fact-check')}, ${outcome.updated.toLocaleString('en')} updated.${skip}`,
    skipped,
  };
}
