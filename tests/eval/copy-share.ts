import { pageHtml } from '../../utils/article/article-plan';
import { articleScope } from '../../utils/article/article-scope';

/**
 * What a page that passes the gate sends the extension (`pageHtml` of `articleScope`), in
 * characters, beside what it would send with its whole body: the copy and its message are most of
 * what Sourcelight costs a page at load (README, issue 18).
 */
export class CopyShare {
  private scoped = 0;
  private whole = 0;
  private pages = 0;
  private wholeBody = 0;

  /** Counts one page (call it only for pages the gate lets through). */
  add(doc: Document): void {
    const scope = articleScope(doc);
    const whole = pageHtml(doc).length;
    this.whole += whole;
    this.scoped += scope === doc.body ? whole : pageHtml(doc, scope).length;
    this.pages += 1;
    if (scope === doc.body) this.wholeBody += 1;
  }

  /** "copy sent 61.9% of the whole body's (…)", for an eval line. */
  toString(): string {
    const share = this.whole ? (100 * this.scoped) / this.whole : 100;
    return (
      `copy sent ${share.toFixed(1)}% of the whole body's ` +
      `(${Math.round(this.scoped / Math.max(1, this.pages) / 1000)} KB a page, ` +
      `${this.wholeBody} of ${this.pages} pages sent whole)`
    );
  }
}
