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
import { standfirstParagraphs } from './standfirst';
import { titleHeadingIn } from './title-heading';

/** Readability's own `charThreshold`: an article shorter than this made it retry, then settle. */
const READABILITY_THRESHOLD = 500;
/** The fallback replaces a scrap only when it holds clearly more text. */
const FALLBACK_GAIN = 2;

/** The article's element inside a clone of the page, the clone's way back, and the page title. */
export interface ParsedArticle {
  content: Element;
  parsing: ParsingClone;
  title: string | null;
  /** The title heading on the original page, inside the part parsed (`titleHeading`), or null. */
  heading: Element | null;
  /** The standfirst paragraphs Readability left out, on the original page (`standfirst.ts`). */
  lead: Element[];
}

/** What a walk of Readability's pick (or the fallback's) hands on. */
interface Kept {
  length: number;
  first: Text | null;
  nodes: ReadonlySet<Text>;
}

const NOTHING: Kept = { length: 0, first: null, nodes: new Set() };

/**
 * How much text a walk of `content` hands on (what is left after the furniture rules), and the
 * first original text node with words in it.
 */
function keptText(content: Element, parsing: ParsingClone): Kept {
  let length = 0;
  let first: Text | null = null;
  const nodes = new Set<Text>();
  walkKept(content, parsing, {
    text(node) {
      const words = node.data.trim().length;
      if (words > 0) first ??= node;
      length += words;
      nodes.add(node);
    },
    newline: () => undefined,
  });
  return { length, first, nodes };
}

/**
 * Runs Readability on a clone of `doc`, and falls back on the densest container of long paragraphs
 * (found in a fresh clone: Readability took the first one apart) when Readability's pick is no
 * article once read: a scrap under its own threshold, text our furniture rules cut below
 * `MIN_TEXT`, or a block without one long paragraph (a list of names or links) on a page that has
 * a container of them holding more text. Only `scope` (`article-scope.ts`) of the body is parsed.
 */
export function parseArticle(
  doc: Document,
  scope: Element | null = doc.body,
): ParsedArticle | null {
  const parsing = cloneForParsing(doc, scope);
  const parsed = parseWithReadability(parsing.clone);
  const title = parsed?.title ?? null;
  const kept = parsed ? keptText(parsed.content, parsing) : NOTHING;
  const scrap = !parsed || parsed.length < READABILITY_THRESHOLD || kept.length < MIN_TEXT;
  const prose = parsed !== null && longParagraphText(parsed.content) >= MIN_TOTAL;
  const heading = titleHeadingIn(doc, title, scope);
  const withLead = (content: Element, from: ParsingClone, walked: Kept): ParsedArticle => ({
    content,
    parsing: from,
    title,
    heading,
    lead: standfirstParagraphs(heading, walked.first, walked.nodes),
  });
  const readability = parsed && withLead(parsed.content, parsing, kept);
  if (!scrap && prose) return readability;

  const fresh = cloneForParsing(doc, scope);
  const fallback = densestParagraphContainer(fresh.clone.body);
  const found = fallback ? keptText(fallback, fresh) : NOTHING;
  const better = scrap
    ? found.length >= MIN_TEXT && found.length > FALLBACK_GAIN * kept.length
    : found.length > kept.length;
  return fallback && better ? withLead(fallback, fresh, found) : readability;
}
