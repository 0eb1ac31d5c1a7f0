import { BLANK, BREAK, type ArticlePlan } from './article-plan';
import { textNodes } from './clone-for-parsing';
import { parseArticle } from './parse-article';
import { walkKept, walkLead } from './readability-article';

/**
 * Runs Readability on a clone of `doc` (a document of the extension's own, parsed from the page's
 * HTML) and returns the plan of the article, or null when there is none.
 */
export function planArticle(doc: Document): ArticlePlan | null {
  // Readability takes a clone apart; the copy keeps the page's structure for the furniture rules,
  // and the text nodes of its body, in document order, are the positions the page maps back from.
  const parsed = parseArticle(doc);
  if (!parsed) return null;
  const position = new Map(textNodes(doc.body).map((t, i) => [t, i] as const));
  const steps: number[] = [];
  const texts: string[] = [];
  const sink = {
    text(node: Text) {
      const at = position.get(node);
      // Readability keeps only what is in the body; a node from elsewhere has no place to map to.
      if (at === undefined) return;
      steps.push(at);
      texts.push(node.data);
    },
    newline() {
      if (steps.length > 0 && steps[steps.length - 1] !== BREAK) steps.push(BREAK);
    },
  };
  walkLead(parsed.lead, sink);
  walkKept(parsed.content, parsed.parsing, sink);
  // Nothing but whitespace kept: no article (the page would find none in it either).
  if (texts.every((t) => BLANK.test(t))) return null;
  return { steps, texts, title: parsed.title };
}
