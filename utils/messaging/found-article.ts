// zod/mini: the content script parses this reply.
import * as z from 'zod/mini';
import { ArticlePlanSchema } from '../article/article-plan';
import { lazySchema } from '../schema/lazy-schema';

/**
 * The background's answer to `findArticle`: the plan of the article in the page's copy, the text
 * the page will read from it when the copy and the page agree, and that text already analysed
 * (an AnalysisReply, checked by the page in batches: `parseAnalysisReply`). Finding and analysing
 * in one round trip saves a short article most of its time to highlights.
 */
export const FoundArticleSchema = lazySchema(() =>
  z.object({
    plan: ArticlePlanSchema,
    /** Null when the plan gives no article on the copy either (then nothing was analysed). */
    text: z.nullable(z.string()),
    reply: z.unknown(),
  }),
);
export type FoundArticle = z.infer<typeof FoundArticleSchema>;

/** What a DOM context answers the background: the plan and the text expected from it. */
export const PlannedArticleSchema = lazySchema(() =>
  z.object({ plan: ArticlePlanSchema, text: z.nullable(z.string()) }),
);
export type PlannedArticle = z.infer<typeof PlannedArticleSchema>;
