import { z } from 'zod';
import { AnalysisSchema } from '../analysis/analysis-schema';

/** What the page side knows about its page: whether it is an article, and what the engine found. */
export const PageStatusSchema = z.enum(['loading', 'article', 'not-article', 'disabled', 'error']);
export type PageStatus = z.infer<typeof PageStatusSchema>;

export const PageReportSchema = z.object({
  url: z.string(),
  title: z.string(),
  domain: z.string(),
  status: PageStatusSchema,
  analysis: z.nullable(AnalysisSchema),
  /** Keys of findings the reader dismissed on this article. */
  dismissed: z.array(z.string()),
  highlightsVisible: z.boolean(),
  error: z.string().nullable(),
});
export type PageReport = z.infer<typeof PageReportSchema>;
