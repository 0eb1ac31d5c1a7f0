import type { Finding, FindingKind } from './findings';

/**
 * The other findings that cover all of `inner` (a quote around a vague source or a loaded term),
 * innermost first: a card shows them stacked under the one pointed at, not just the innermost.
 */
export function enclosingFindings(findings: readonly Finding[], inner: Finding): Finding[] {
  return findings
    .filter(
      (f) =>
        f.id !== inner.id &&
        f.start <= inner.start &&
        inner.end <= f.end &&
        f.end - f.start >= inner.end - inner.start,
    )
    .sort((a, b) => a.end - a.start - (b.end - b.start));
}

/** Button names on a stacked card's further findings, so every button says what it acts on. */
export const OUTER_LABELS: Record<FindingKind, { show: string; dismiss: string }> = {
  quote: { show: 'Show the claim in panel', dismiss: 'Dismiss the claim' },
  term: { show: 'Show the term in panel', dismiss: 'Dismiss the term' },
  sourcing: { show: 'Show the sourcing note in panel', dismiss: 'Dismiss the sourcing note' },
};
