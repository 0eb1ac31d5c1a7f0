// zod/mini: the content script parses this reply.
import * as z from 'zod/mini';
import { AnalysisSchema } from '../analysis/analysis-schema';
import { SettingsSchema } from '../settings/settings';

/**
 * The background's answer to `analyzeText`: everything the page needs to draw its highlights, in
 * one round trip (the page reads no storage of its own on the way).
 */
export const AnalysisReplySchema = z.object({
  settings: SettingsSchema,
  /** Keys of the findings the reader dismissed on this article. */
  dismissed: z.array(z.string()),
  /** Null when Sourcelight is switched off for the site: nothing was analysed. */
  analysis: z.nullable(AnalysisSchema),
});
export type AnalysisReply = z.infer<typeof AnalysisReplySchema>;
