import { analyzeText } from '../analysis/analyze-text';
import type { AnalysisReply } from '../messaging/analysis-reply';
import { dismissedFor } from './dismissed-prefetch';
import { isSiteDisabled } from '../settings/settings';
import { suggestPossibleTerms } from '../term-model/possible-terms';
import { cachedSettings } from './settings-cache';
import { recentAnalyses } from './recent-analyses';

/** Analyses a page's article text (with the learned model's flags unless switched off), unless the reader switched Sourcelight off for its site. */
export async function analyzeForPage(text: string, url: string): Promise<AnalysisReply> {
  const [settings, dismissed] = await Promise.all([cachedSettings(), dismissedFor(url)]);
  const host = URL.canParse(url) ? new URL(url).hostname : '';
  const suggest = settings.possibleTerms ? suggestPossibleTerms : null;
  const analysis = isSiteDisabled(settings, host) ? null : analyzeText(text, suggest);
  return { settings, dismissed: [...dismissed], analysis };
}

/** The same for the page in a tab, remembered so that the page's report need not send it back. */
export async function analyzeForTab(
  text: string,
  url: string,
  tabId: number | undefined,
): Promise<AnalysisReply> {
  const reply = await analyzeForPage(text, url);
  if (tabId !== undefined && reply.analysis) {
    recentAnalyses.remember(tabId, { url, text, analysis: reply.analysis });
  }
  return reply;
}
