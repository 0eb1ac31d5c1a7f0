import type { Analysis } from '../analysis/analysis-schema';
import type { Settings } from '../settings/settings';
import { findArticleRoots } from '../article/find-article-root';
import { rangeForOffsets } from '../article/offset-range';
import { buildTextMap, type TextMap } from '../article/text-map';
import { findingsOf, type Finding } from './findings';
import { requestAnalysis } from './request-analysis';
import { yieldToPage } from './yield-to-page';

/** An analysed article on the page: its text, the findings, and where each one is. */
export interface AnalysedArticle {
  settings: Settings;
  dismissed: Set<string>;
  /** The article's containers (several when an infinite-scroll site appended more articles). */
  roots: Element[];
  map: TextMap;
  analysis: Analysis;
  findings: Finding[];
  ranges: Map<string, Range>;
}

/** How many Ranges to make before giving the page its main thread back. */
const RANGE_BATCH = 400;

/**
 * Finds and analyses the article, in steps that each take the main thread only briefly.
 * Resolves to null when the page has no article, to `{ disabled }` when the reader switched
 * Sourcelight off for the site; `isStale` stops work that a newer run replaces.
 */
export async function analyseArticle(
  doc: Document,
  isStale: () => boolean,
  onArticleFound: () => void = () => undefined,
): Promise<AnalysedArticle | null | 'stale' | { disabled: Settings }> {
  const roots = findArticleRoots(doc);
  if (roots.length === 0) return null;
  const map = buildTextMap(roots);
  if (map.text.length === 0) return null;
  onArticleFound();
  performance.mark('sourcelight:text-mapped');
  const { settings, dismissed, analysis } = await requestAnalysis(map.text, doc.location.href);
  performance.mark('sourcelight:analysis-received');
  if (isStale()) return 'stale';
  if (!analysis) return { disabled: settings };
  const findings = findingsOf(analysis);
  const ranges = new Map<string, Range>();
  for (let i = 0; i < findings.length; i++) {
    if (i > 0 && i % RANGE_BATCH === 0) {
      await yieldToPage();
      if (isStale()) return 'stale';
    }
    const f = findings[i]!;
    const range = rangeForOffsets(map, f.start, f.end);
    if (range) ranges.set(f.id, range);
  }
  return { settings, dismissed: new Set(dismissed), roots, map, analysis, findings, ranges };
}
