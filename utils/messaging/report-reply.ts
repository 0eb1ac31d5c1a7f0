import * as z from 'zod/mini';
import { lazySchema } from '../schema/lazy-schema';

/**
 * The background's answer to a `reuseAnalysis` report when it no longer has that analysis. Built
 * on first use, like every schema the content script imports: it loads on every page.
 */
const MissingAnalysisSchema = lazySchema(() => z.object({ missingAnalysis: z.literal(true) }));

/** Whether the background asked for the analysis to be sent in full. */
export function isMissingAnalysis(reply: unknown): boolean {
  return MissingAnalysisSchema.safeParse(reply).success;
}
