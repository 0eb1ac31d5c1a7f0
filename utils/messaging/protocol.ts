import { z } from 'zod';
import { PageReportSchema } from './page-report';
import { TabStateSchema } from './tab-state';
import { PAGE_MESSAGE_SCHEMAS } from './page-messages';
import { PAGE_HTML_MAX } from '../article/page-html-max';

/**
 * Every message between the page (content script or demo page), the background and the side panel.
 * Each handler parses with `parseMessage` (the page: `parsePageMessage`) first and drops what does
 * not parse. Messages the page takes are in page-messages.ts.
 */
export const MessageSchema = z.discriminatedUnion('type', [
  /** page → background: run the claim engine on the article text (off the page's main thread);
   * answered with an AnalysisReply. */
  z.object({ type: z.literal('analyzeText'), text: z.string().max(5_000_000), url: z.string() }),
  /** page → background: an article may follow soon; wake up and get ready (settings, the page's
   * dismissals, the term model). */
  z.object({ type: z.literal('warmUp'), url: z.optional(z.string()) }),
  /** page → background: find the article in this copy of the page (at `url`) and analyse it (off
   * the page's main thread); answered with a FoundArticle, null for no article, or nothing when it
   * cannot. */
  z.object({
    type: z.literal('findArticle'),
    html: z.string().max(PAGE_HTML_MAX),
    url: z.string(),
    /** The page's title, for the report the background records with its answer. */
    title: z.string(),
    /** Names this request: Chrome's offscreen document gets the message too and starts on the copy
     * at once, and the background asks it for the plan by this name (`takeEarlyPlan`). */
    requestId: z.string().max(64),
  }),
  /** background → offscreen document (Chrome): find the article, where a DOM parser exists;
   * answered with a PlannedArticle or null. */
  z.object({ type: z.literal('parseArticleHtml'), html: z.string().max(PAGE_HTML_MAX) }),
  /** background → offscreen document (Chrome): the plan it made from the page's own `findArticle`;
   * answered with an EarlyPlanReply. */
  z.object({ type: z.literal('takeEarlyPlan'), key: z.string().max(128) }),
  /** page (the card's button) → background: open the panel on this finding. */
  z.object({ type: z.literal('showInPanel'), findingId: z.string() }),
  /** page → background: the analysis of the page (or why there is none). */
  z.object({
    type: z.literal('pageReport'),
    report: PageReportSchema,
    text: z.string().max(5_000_000),
    /** The analysis is the one the background just made for this tab and URL: not sent again. */
    reuseAnalysis: z.optional(z.boolean()),
  }),
  /** page → background: the page is going away (another page in its tab, or into the browser's
   * back/forward cache), so its state is no longer what the tab shows. */
  z.object({ type: z.literal('pageLeft') }),
  /** panel → background: the state of a tab; answered with TabState or null. */
  z.object({ type: z.literal('getTabState'), tabId: z.number().int() }),
  /** manager → background: the article of the most recently used analysed tab; answered with a
   * TabArticle or null. */
  z.object({ type: z.literal('getTabArticle') }),
  /** background → panel: a tab's state changed. */
  z.object({ type: z.literal('tabStateChanged'), tabId: z.number().int() }),
  /** page → panel: the reader is pointing at a finding on the page. */
  z.object({
    type: z.literal('findingSelected'),
    tabId: z.number().int().nullable(),
    findingId: z.string(),
  }),
  /** page → panel: in the exercise, the reader selected a passage (offsets into the article text). */
  z.object({
    type: z.literal('passageSelected'),
    tabId: z.number().int().nullable(),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    text: z.string().max(10_000),
  }),
  ...PAGE_MESSAGE_SCHEMAS,
]);
export type Message = z.infer<typeof MessageSchema>;

export { TabStateSchema };

/** The message, if `raw` is one of ours; null (and so dropped) otherwise. */
export function parseMessage(raw: unknown): Message | null {
  const result = MessageSchema.safeParse(raw);
  return result.success ? result.data : null;
}
