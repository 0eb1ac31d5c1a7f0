import { mapPlanToLive, pageHtml } from '../../utils/article/article-plan';
import { articleScope } from '../../utils/article/article-scope';
import { planArticle } from '../../utils/article/plan-article';

/**
 * The browser's path, run in Node: what a page that passes the gate sends the extension
 * (`pageHtml` of `articleScope`), in characters, beside what it would send with its whole body —
 * the copy and its message are most of what Sourcelight costs a page at load (README, issue 18) —,
 * and whether the article planned on that copy and mapped back onto the page is the text the
 * in-process path (`extractArticleText`, which the eval scores) reads.
 */
export class CopyPath {
  private scoped = 0;
  private whole = 0;
  private pages = 0;
  private wholeBody = 0;
  private readonly differ: string[] = [];

  /** Counts one page the gate lets through, whose in-process text is `inProcess`. */
  add(name: string, doc: Document, inProcess: string | null): void {
    const scope = articleScope(doc);
    const html = pageHtml(doc, scope);
    const whole = scope === doc.body ? html.length : pageHtml(doc).length;
    this.whole += whole;
    this.scoped += html.length;
    this.pages += 1;
    if (scope === doc.body) this.wholeBody += 1;
    const Parser = (doc.defaultView as unknown as typeof globalThis).DOMParser;
    const plan = planArticle(new Parser().parseFromString(html, 'text/html'));
    const viaCopy = plan && (mapPlanToLive(doc, plan, undefined, scope)?.map.text ?? null);
    if (viaCopy !== inProcess) this.differ.push(name);
  }

  /** The eval's words for it. */
  toString(): string {
    const share = this.whole ? (100 * this.scoped) / this.whole : 100;
    return (
      `copy sent ${share.toFixed(1)}% of the whole body's ` +
      `(${Math.round(this.scoped / Math.max(1, this.pages) / 1000)} KB a page, ` +
      `${this.wholeBody} of ${this.pages} pages sent whole), text through the copy the same on ` +
      `${this.pages - this.differ.length} of ${this.pages}` +
      (this.differ.length ? ` (not: ${this.differ.join(', ')})` : '')
    );
  }
}
