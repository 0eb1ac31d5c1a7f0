import type { Analysis } from '../analysis/analysis-schema';
import {
  continuationIds,
  describeFinding,
  type FindingDescription,
} from '../page/describe-finding';
import { findingsOf, type Finding } from '../page/findings';

/** One stop of the walkthrough: a finding and what to say about it. */
export interface WalkthroughStep {
  finding: Finding;
  description: FindingDescription;
  /** One step per claim: the terms and sourcing notes inside the claim, discussed with it. */
  inside: WalkthroughStep[];
}

/**
 * claims: one step per claim with the terms inside it, and a step for each finding outside a
 * claim (a 10-paragraph article takes about as many steps as it has claims);
 * detailed: every finding is a step of its own.
 */
export type WalkthroughOrder = 'claims' | 'detailed';

/**
 * The findings in reading order, skipping those the reader dismissed as wrong: a trainer prunes
 * false flags first, then walks the room through the rest. A quotation split by its cue is one
 * stop, at its first part (its later parts' terms are discussed there too).
 */
export function walkthroughSteps(
  analysis: Analysis,
  dismissedKeys: ReadonlySet<string> = new Set(),
  order: WalkthroughOrder = 'claims',
): WalkthroughStep[] {
  const continuations = continuationIds(analysis);
  const all = findingsOf(analysis).flatMap((finding) => {
    if (dismissedKeys.has(finding.key) || continuations.has(finding.id)) return [];
    const description = describeFinding(analysis, finding);
    return description ? [{ finding, description, inside: [] as WalkthroughStep[] }] : [];
  });
  if (order === 'detailed') return all;
  // Each claim's span, continuations included, pointing at the step of its first part.
  const claimOf = new Map(
    all.filter((s) => s.finding.kind === 'quote').map((s) => [s.finding.id, s]),
  );
  const spans = analysis.quotes.flatMap((q) => {
    let head = q;
    while (head.continues) {
      const next = analysis.quotes.find((x) => x.id === head.continues);
      if (!next) break;
      head = next;
    }
    const step = claimOf.get(`quote:${head.id}`);
    return step ? [{ start: q.start, end: q.end, step }] : [];
  });
  const steps: WalkthroughStep[] = [];
  for (const step of all) {
    if (step.finding.kind !== 'quote') {
      const { start, end } = step.finding;
      const claim = spans.find((c) => c.start <= start && end <= c.end);
      if (claim) {
        claim.step.inside.push(step);
        continue;
      }
    }
    steps.push(step);
  }
  return steps;
}
