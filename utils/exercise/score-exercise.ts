import type { Finding } from '../page/findings';
import { closeness, matches, type Span } from './overlap';

/** A finding with the reason it was flagged, as the exercise shows it. */
export interface ExplainedFinding extends Finding {
  /** What kind of thing it is ("Loaded term: label"). */
  heading: string;
  why: string;
  /** Someone's exact words (a direct quote): only these are shown in quotation marks. */
  quoted: boolean;
}

/** The outcome of a "spot it yourself" round. */
export interface ExerciseScore {
  /** Findings the reader pointed at, each with the selection that found it. */
  found: { finding: ExplainedFinding; selection: Span & { text: string } }[];
  missed: ExplainedFinding[];
  /** Selections that point at nothing Sourcelight flagged. */
  extra: (Span & { text: string })[];
  /** found / all findings, 0-100 (100 when there was nothing to find). */
  percent: number;
}

/**
 * Scores the reader's selections against the findings. Each selection finds at most one finding and
 * each finding is found at most once: the closest pairs (see `closeness`) are matched first, among
 * the pairs that `matches` at all. So one long selection over a paragraph finds one thing, not all
 * of them, and selecting a loaded word inside a quote finds the word rather than the whole quote.
 */
export function scoreExercise(
  findings: readonly ExplainedFinding[],
  selections: readonly (Span & { text: string })[],
): ExerciseScore {
  const pairs: { s: number; f: number; fit: number }[] = [];
  selections.forEach((sel, s) =>
    findings.forEach((finding, f) => {
      if (matches(sel, finding)) pairs.push({ s, f, fit: closeness(sel, finding) });
    }),
  );
  pairs.sort((a, b) => b.fit - a.fit || a.s - b.s || a.f - b.f);
  const bySelection = new Map<number, number>();
  const byFinding = new Map<number, number>();
  for (const { s, f } of pairs) {
    if (bySelection.has(s) || byFinding.has(f)) continue;
    bySelection.set(s, f);
    byFinding.set(f, s);
  }
  const found = [...byFinding.entries()]
    .sort(([a], [b]) => a - b)
    .map(([f, s]) => ({ finding: findings[f]!, selection: selections[s]! }));
  return {
    found,
    missed: findings.filter((_, f) => !byFinding.has(f)),
    extra: selections.filter((_, s) => !bySelection.has(s)),
    percent: findings.length === 0 ? 100 : Math.round((found.length / findings.length) * 100),
  };
}
