import type { Analysis } from '../analysis/analysis-schema';
import { continuationIds, describeFinding } from '../page/describe-finding';
import { findingsOf } from '../page/findings';
import type { ExplainedFinding } from './score-exercise';

/**
 * The findings a reader is asked to spot, in reading order, each with a one-line why (the same
 * words the hover card uses). Findings the reader dismissed as wrong are left out, and so are words
 * only the learned model flags: a hint is not something a student should be marked down for missing.
 */
export function explainFindings(
  analysis: Analysis,
  dismissedKeys: ReadonlySet<string> = new Set(),
): ExplainedFinding[] {
  const hints = new Set(
    analysis.terms.filter((t) => t.category === 'possibly-loaded').map((t) => `term:${t.id}`),
  );
  const continuations = continuationIds(analysis);
  return findingsOf(analysis).flatMap((finding) => {
    // A quotation split by its cue is one thing to spot, at its first part; model-only hints are not findings to spot.
    if (dismissedKeys.has(finding.key) || hints.has(finding.id) || continuations.has(finding.id))
      return [];
    const description = describeFinding(analysis, finding);
    if (!description) return [];
    const why = description.lines.find((l) => l.label === 'Why')?.value;
    return [
      {
        ...finding,
        heading: description.heading,
        quoted:
          finding.kind === 'quote' &&
          analysis.quotes.some((q) => `quote:${q.id}` === finding.id && q.kind === 'direct'),
        why: why ?? description.lines.map((l) => `${l.label}: ${l.value}`).join(' · '),
      },
    ];
  });
}
