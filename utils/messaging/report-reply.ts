import * as z from 'zod/mini';

/** The background's answer to a `reuseAnalysis` report when it no longer has that analysis. */
const MissingAnalysisSchema = z.object({ missingAnalysis: z.literal(true) });

/** Whether the background asked for the analysis to be sent in full. */
export function isMissingAnalysis(reply: unknown): boolean {
  return MissingAnalysisSchema.safeParse(reply).success;
}
