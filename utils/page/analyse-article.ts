import type { Analysis } from '../analysis/analysis-schema';
import type { Settings } from '../settings/settings';
import { benchMark } from './bench-mark';
import { mayHoldArticle } from '../article/may-hold-article';
import { rangeForOffsets } from '../article/offset-range';
import type { TextMap } from '../article/text-map';
import { mapPlanToLive } from '../article/article-plan';
import { requestArticle } from './request-article';
import { sendArticleCopy } from './send-copy';
import type { FoundArticle } from '../messaging/found-article';
import { parseAnalysisReply, type CheckedReply } from './parse-analysis-reply';
import { findingsOf, possibleTermIds, type Finding } from './findings';
import { requestAnalysis, warmUpAnalysis } from './request-analysis';
import { afterFirstPaint } from './yield-to-page';
import { readyToCopy } from './ready-to-copy';
import type { SessionHandoff } from './session-handoff';
import { mainThreadSlices } from './main-thread-slices';
import { isRendered } from './is-rendered';

/** An analysed article on the page: its text, the findings, and where each one is. */
export interface AnalysedArticle {
  settings: Settings;
  dismissed: Set<string>;
  /** The article's containers (several when an infinite-scroll site appended more articles). */
  roots: Element[];
  map: TextMap;
  analysis: Analysis;
  findings: Finding[];
  /** Ids of the findings drawn as "possibly loaded" (`possibleTermIds`). */
  possible: ReadonlySet<string>;
  ranges: Map<string, Range>;
  /** The background recorded the tab's state from this analysis as the page would report it. */
  recorded: boolean;
}

/**
 * What Chromium's loader did before the page session's first look: ran the cheap gate (which let
 * the page through) and perhaps sent the extension a copy of the page (`early-copy.ts`).
 */
export type FirstLook = Pick<SessionHandoff, 'gatePassed' | 'early'>;

/** How many Ranges to make between two looks at the clock. */
const RANGE_BATCH = 32;

/**
 * The reply for an article this long (about 3,500 words) and its findings took the task it came in
 * a few ms to unpack before our code runs (9 ms for 50,000 words here), so mapping it waits for a
 * task of its own.
 */
const LARGE_TEXT_CHARS = 20_000;

/**
 * Finds the article: the cheap gate first (a page that is not an article stops here), then a copy
 * of the page's HTML goes to the extension, which runs Readability on it off the page's main thread
 * and answers with what it kept, mapped back here onto the live page, and with the analysis of the
 * text it expects the page to read. The page never runs Readability itself, so the content script
 * does not carry it.
 */
async function findArticle(doc: Document, isStale: () => boolean, first: FirstLook) {
  if (!first.gatePassed) {
    if (!mayHoldArticle(doc)) return null;
    benchMark('gated');
  }
  // The copy Chromium's loader sent, for this page as it still stands.
  const early =
    first.early?.url === doc.location.href && first.early.scope?.isConnected !== false
      ? first.early
      : null;
  if (!early && !readyToCopy(doc)) {
    // Copying a large page waits until the reader sees it; the background gets ready meanwhile
    // (a page that has painted, or whose copy is cheap, goes straight on: each message costs it
    // about a millisecond, and the wait one frame).
    warmUpAnalysis(doc.location.href);
    await afterFirstPaint();
    if (isStale()) return 'stale';
  }
  const { scope, reply } = early ?? sendArticleCopy(doc);
  const found = await requestArticle(doc, scope, reply);
  benchMark('parsed');
  const slices = mainThreadSlices();
  if ((found?.text?.length ?? 0) > LARGE_TEXT_CHARS) await slices.yieldNow();
  if (isStale()) return 'stale';
  if (!found) return null;
  const article = mapPlanToLive(doc, found.plan, isRendered, scope);
  return article && { ...article, found, slices };
}

/**
 * The analysis of the article's text: the one that came with the plan when the page read the text
 * the extension expected (nothing hidden, nothing changed since the copy), else a second round trip.
 */
async function analysisOf(text: string, found: FoundArticle, url: string): Promise<CheckedReply> {
  if (found.text === text) return parseAnalysisReply(found.reply);
  // Counted by the bench: how often real pages need the second round trip.
  benchMark('text-differs');
  return requestAnalysis(text, url);
}

/**
 * Finds and analyses the article, in steps that each take the main thread only briefly: from the
 * reply on, in slices (`mainThreadSlices`).
 * Resolves to null when the page has no article, to `{ disabled }` when the reader switched
 * Sourcelight off for the site; `isStale` stops work that a newer run replaces. `first`: what
 * Chromium's loader did before the session's first look (ran the gate, sent a copy).
 */
export async function analyseArticle(
  doc: Document,
  isStale: () => boolean,
  onArticleFound: () => void = () => undefined,
  first: FirstLook = { gatePassed: false },
): Promise<AnalysedArticle | null | 'stale' | { disabled: Settings }> {
  const article = await findArticle(doc, isStale, first);
  if (article === 'stale') return 'stale';
  if (!article) return null;
  const { map, roots, found, slices } = article;
  onArticleFound();
  benchMark('text-mapped');
  await slices.maybeYield();
  if (isStale()) return 'stale';
  const { settings, dismissed, analysis, spans } = await analysisOf(
    map.text,
    found,
    doc.location.href,
  );
  benchMark('analysis-received');
  if (isStale()) return 'stale';
  if (!analysis || !spans) return { disabled: settings };
  // From the spans: the rest of the analysis is checked only when read (a card, a report).
  const findings = findingsOf(spans);
  const ranges = new Map<string, Range>();
  for (let i = 0; i < findings.length; i++) {
    if (i > 0 && i % RANGE_BATCH === 0) {
      await slices.maybeYield();
      if (isStale()) return 'stale';
    }
    const f = findings[i]!;
    const range = rangeForOffsets(map, f.start, f.end);
    if (range) ranges.set(f.id, range);
  }
  benchMark('ranges-made');
  // Drawing them comes next, in the same task: in a slice of its own when this one is spent.
  await slices.maybeYield();
  if (isStale()) return 'stale';
  return {
    settings,
    dismissed: new Set(dismissed),
    roots,
    map,
    analysis,
    findings,
    possible: possibleTermIds(spans),
    ranges,
    recorded: found.recorded && found.text === map.text,
  };
}
