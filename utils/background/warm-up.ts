import { warmUpTermModel } from '../term-model/possible-terms';
import { prefetchDismissed } from './dismissed-prefetch';
import { warmUpArticleParser } from './find-article-in-html';
import { cachedSettings } from './settings-cache';

/**
 * Reads what finding and analysing a page's article will wait for (the parser, the settings, the
 * page's dismissals, the term model) while other work goes on: sent ahead by a page that waits for
 * its first paint, or started by `findArticle` itself while the copy is parsed.
 */
export async function warmUp(url: string | undefined): Promise<void> {
  warmUpArticleParser();
  // Before any await: started later, it could land after the analysis took its read, and be left
  // over for the page's next analysis.
  if (url !== undefined) void prefetchDismissed(url);
  const settings = await cachedSettings();
  if (settings.possibleTerms) warmUpTermModel();
}
