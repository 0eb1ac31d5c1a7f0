/**
 * Which element of a copy of the page is the article: Readability's pick, unless it is no article
 * once read — then the container with the most long paragraphs (`paragraph-fallback.ts`). Shared
 * by the extension's plan (`plan-article.ts`) and the in-process path (`article-text.ts`), so that
 * both read the same text.
 */
import { MIN_TEXT } from './assemble-article';
import { cloneForParsing, type ParsingClone } from './clone-for-parsing';
import { densestParagraphContainer, longParagraphText, MIN_TOTAL } from './paragraph-fallback';
import { parseWithReadability, walkKept } from './readability-article';

/** Readability's own `charThreshold`: an article shorter than this made it retry, then settle. */
const READABILITY_THRESHOLD = 500;
/** The fallback replaces a scrap only when it holds clearly more text. */
const FALLBACK_GAIN = 2;

/** The article's element inside a clone of the page, the clone's way back, and the page title. */
export interface ParsedArticle {
  content: Element;
  parsing: ParsingClone;
  title: string | null;
}

/** How much text a walk of `content` hands on: what is left after the furniture rules. */
function keptLength(content: Element, parsing: ParsingClone): number {
  let length = 0;
  walkKept(content, parsing, {
    text: (node) => void (length += node.data.trim().length),
    newline: () => undefined,
  });
  return length;
}

/**
 * Runs Readability on a clone of `doc`, and falls back on the densest container of long paragraphs
 * (found in a fresh clone: Readability took the first one apart) when Readability's pick is no
 * article once read: a scrap under its own threshold, text our furniture rules cut below
 * `MIN_TEXT`, or a block without one long paragraph (a list of names or links) on a page that has
 * a container of them holding more text.
 */
export function parseArticle(doc: Document): ParsedArticle | null {
  const parsing = cloneForParsing(doc);
  const parsed = parseWithReadability(parsing.clone);
  const title = parsed?.title ?? null;
  const kept = parsed ? keptLength(parsed.content, parsing) : 0;
  const scrap = !parsed || parsed.length < READABILITY_THRESHOLD || kept < MIN_TEXT;
  const prose = parsed !== null && longParagraphText(parsed.content) >= MIN_TOTAL;
  const readability = parsed && { content: parsed.content, parsing, title };
  if (!scrap && prose) return readability;

  const fresh = cloneForParsing(doc);
  const fallback = densestParagraphContainer(fresh.clone.body);
  const found = fallback ? keptLength(fallback, fresh) : 0;
  const better = scrap ? found >= MIN_TEXT && found > FALLBACK_GAIN * kept : found > kept;
  return fallback && better ? { content: fallback, parsing: fresh, title } : readability;
}
