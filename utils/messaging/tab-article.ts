import { z } from 'zod';

/**
 * At most this much of an article's text is kept per tab in storage.session (whose quota is
 * shared by every open tab); news articles are far shorter.
 */
export const TAB_ARTICLE_MAX_CHARS = 100_000;

/** The background's answer to `getTabArticle`: the article of the last analysed tab the reader used. */
export const TabArticleSchema = z.object({
  tabId: z.number().int(),
  title: z.string(),
  url: z.string(),
  text: z.string().max(TAB_ARTICLE_MAX_CHARS),
});
export type TabArticle = z.infer<typeof TabArticleSchema>;

/** The reply, if it is an article; null when no analysed article is open (or the reply is not ours). */
export function parseTabArticle(reply: unknown): TabArticle | null {
  const parsed = TabArticleSchema.safeParse(reply);
  return parsed.success ? parsed.data : null;
}
