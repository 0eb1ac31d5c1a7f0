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
}

/**
 * The findings in reading order (a term inside a quote right after the quote), skipping those the
 * reader dismissed as wrong: a trainer prunes false flags first, then walks the room through the rest.
 * A quotation split by its cue is one stop, at its first part.
 */
export function walkthroughSteps(
  analysis: Analysis,
  dismissedKeys: ReadonlySet<string> = new Set(),
): WalkthroughStep[] {
  const continuations = continuationIds(analysis);
  return findingsOf(analysis).flatMap((finding) => {
    if (dismissedKeys.has(finding.key) || continuations.has(finding.id)) return [];
    const description = describeFinding(analysis, finding);
    return description ? [{ finding, description }] : [];
  });
}
