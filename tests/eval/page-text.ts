import { readFileSync } from 'node:fs';
import { extractArticleText } from '../../utils/article/article-text';
import { withHtmlDocument } from '../../utils/cli/html-document';

/** Whitespace runs as one space: offsets that do not depend on how a page was indented. */
export const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

/**
 * A saved page's two texts: `reference`, all the text of its body (no scripts or styles), whitespace
 * collapsed, which annotations point into and which does not change when the article extractor
 * does; and `article`, what the product's own extraction gives (null when it finds no article).
 */
export async function pageTexts(
  path: string,
): Promise<{ reference: string; article: string | null }> {
  return withHtmlDocument(readFileSync(path, 'utf8'), (doc) => {
    const article = extractArticleText(doc);
    for (const el of doc.querySelectorAll('script, style, noscript, template, svg')) el.remove();
    return { reference: collapse(doc.body?.textContent ?? ''), article };
  });
}
