// zod/mini: the content script parses this reply.
import * as z from 'zod/mini';
import { isArticlePlan, type ArticlePlan } from '../article/article-plan';
import { lazySchema } from '../schema/lazy-schema';
import { isRecord } from '../schema/is-record';

/** What a DOM context answers the background: the plan and the text expected from it. */
export interface PlannedArticle {
  plan: ArticlePlan;
  /** Null when the plan gives no article on the copy either (then nothing was analysed). */
  text: string | null;
}

/**
 * The background's answer to `findArticle`: the plan of the article in the page's copy, the text
 * the page will read from it when the copy and the page agree, and that text already analysed
 * (an AnalysisReply, checked by the page: `parseAnalysisReply`). Finding and analysing in one round
 * trip saves a short article most of its time to highlights.
 */
export interface FoundArticle extends PlannedArticle {
  reply: unknown;
  /** The background recorded the tab's state from this analysis, as the page would report it. */
  recorded: boolean;
}

function isPlanned(v: unknown): v is PlannedArticle {
  if (!isRecord(v)) return false;
  const { plan, text } = v;
  return isArticlePlan(plan) && (text === null || typeof text === 'string');
}

// One custom check each, not zod objects: the page runs this once, in cold code (issue 18).
export const PlannedArticleSchema = lazySchema(() => z.custom<PlannedArticle>(isPlanned));
export const FoundArticleSchema = lazySchema(() =>
  z.custom<FoundArticle>(
    (v) => isPlanned(v) && 'reply' in v && typeof (v as FoundArticle).recorded === 'boolean',
  ),
);
