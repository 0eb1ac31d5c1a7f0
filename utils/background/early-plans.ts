import * as z from 'zod/mini';
import type { Browser } from 'wxt/browser';
import { PlannedArticleSchema, type PlannedArticle } from '../messaging/found-article';
import { lazySchema } from '../schema/lazy-schema';

/**
 * Chrome delivers a page's `findArticle` to every extension context, the offscreen document among
 * them. The document starts on the copy as it arrives and keeps the plan until the background asks
 * for it (`takeEarlyPlan`): the background does not send the copy a second time, and the parse
 * starts while the worker is still waking (issue 10's 2k-word page).
 */

/** A plan the background did not take within this time is dropped (the worker died, or it asked
 * before the page's message arrived and parsed the copy itself). */
const KEEP_MS = 10_000;

/** Names a page's request the same way in the worker and in the offscreen document. */
export function earlyPlanKey(sender: Browser.runtime.MessageSender, requestId: string): string {
  return `${sender.tab?.id ?? 'none'}:${sender.frameId ?? 0}:${requestId}`;
}

/** The offscreen document's answer to `takeEarlyPlan`. */
export const EarlyPlanReplySchema = lazySchema(() =>
  z.union([
    z.object({ planned: z.nullable(PlannedArticleSchema) }),
    z.object({ missing: z.literal(true) }),
  ]),
);
export type EarlyPlanReply = z.infer<typeof EarlyPlanReplySchema>;

export interface EarlyPlans {
  /** Plans the copy of the page now, kept under `key`. */
  add(key: string, html: string): void;
  /** The plan under `key`, once (a second take finds it missing). */
  take(key: string): EarlyPlanReply;
}

export function createEarlyPlans(
  plan: (html: string) => PlannedArticle | null,
  keepMs = KEEP_MS,
): EarlyPlans {
  const plans = new Map<string, { planned: PlannedArticle | null; timer: number }>();
  return {
    add(key, html) {
      const timer = setTimeout(() => plans.delete(key), keepMs) as unknown as number;
      plans.set(key, { planned: plan(html), timer });
    },
    take(key) {
      const kept = plans.get(key);
      if (!kept) return { missing: true };
      plans.delete(key);
      clearTimeout(kept.timer);
      return { planned: kept.planned };
    },
  };
}
