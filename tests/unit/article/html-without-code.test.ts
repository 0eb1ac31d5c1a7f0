import { describe, expect, it } from 'vitest';
import { outerHtmlWithoutCode } from '../../../utils/article/html-without-code';
import { makeDocument } from './dom';

/** Code long enough to be left out: a script of a few kilobytes, as real pages carry. */
const bigCode = (n: number): string => `var x${n} = "${'a<b && c>d '.repeat(400)}";`;

/** What the copy should be: the element's own serialisation with the large code's text one space. */
function expected(root: Element): string {
  const clone = root.cloneNode(true) as Element;
  for (const el of clone.querySelectorAll('script, style')) {
    if ((el.getAttribute('type') ?? '').toLowerCase() === 'application/ld+json') continue;
    if ((el.textContent ?? '').length >= 512) el.textContent = ' ';
  }
  return clone.outerHTML;
}

const textsOf = (html: string): string[] => {
  const doc = makeDocument(`<!doctype html><html><body>${html}</body></html>`);
  const out: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 3) out.push((node as Text).data);
    for (let c = node.firstChild; c; c = c.nextSibling) walk(c);
  };
  walk(doc.body);
  return out;
};

describe('outerHtmlWithoutCode', () => {
  const page = `<!doctype html><html><body><main id="m" data-note="a &amp; &quot;b&quot;">
    <h1>Talks &amp; <em>more</em></h1>
    <p>Prices rose 5&nbsp;% &lt;said&gt; the agency.</p>
    <div class="wrap"><script>${bigCode(1)}</script>
      <section><p>Second paragraph.</p><style>${'.a{color:red}'.repeat(300)}</style></section>
    </div>
    <script type="application/ld+json">{"@type":"NewsArticle","headline":"${'h'.repeat(900)}"}</script>
    <div><script>${bigCode(2)}</script><script>small()</script><p>Last one.</p></div>
  </main></body></html>`;

  it('writes the element as its own serialiser does, with the large code left out', () => {
    const doc = makeDocument(page);
    const main = doc.getElementById('m') as Element;
    const html = outerHtmlWithoutCode(main);
    expect(html).toBe(expected(main));
    expect(html.length).toBeLessThan(main.outerHTML.length / 2);
    expect(html).not.toContain('var x1');
    expect(html).toContain('small()');
    expect(html).toContain('"@type":"NewsArticle"');
  });

  it('keeps every text node in order, the left-out code as one space', () => {
    const doc = makeDocument(page);
    const main = doc.getElementById('m') as Element;
    const isCode = (t: string): boolean => t.includes('var x') || t.includes('.a{');
    expect(textsOf(outerHtmlWithoutCode(main))).toEqual(
      textsOf(main.outerHTML).map((t) => (isCode(t) ? ' ' : t)),
    );
  });

  it('writes comments on the way to the code empty, and leaves others to the serialiser', () => {
    const doc = makeDocument(
      `<div id="r"><!-- ad slot --><p>Body <!-- inline --> text.</p><script>${bigCode(3)}${bigCode(4)}</script></div>`,
    );
    const root = doc.getElementById('r') as Element;
    const html = outerHtmlWithoutCode(root);
    expect(html).toBe(
      '<div id="r"><!----><p>Body <!-- inline --> text.</p><script> </script></div>',
    );
  });

  it('leaves a page with little code to the serialiser', () => {
    const doc = makeDocument(
      `<div id="r"><p>One &amp; two.</p><script>${'x();'.repeat(200)}</script></div>`,
    );
    const root = doc.getElementById('r') as Element;
    expect(outerHtmlWithoutCode(root)).toBe(root.outerHTML);
  });

  it('leaves code spread thin among many nodes to the serialiser', () => {
    const spans = '<span>a</span>'.repeat(10);
    const scripts = Array.from(
      { length: 20 },
      (_, i) => `<script>${`s${i}();`.repeat(130)}</script>`,
    );
    const doc = makeDocument(`<div id="r">${scripts.map((x) => spans + x).join('')}</div>`);
    const root = doc.getElementById('r') as Element;
    expect(outerHtmlWithoutCode(root)).toBe(root.outerHTML);
    // The same code in fewer, larger scripts is left out.
    const dense = makeDocument(`<div id="r">${spans}<script>${'x();'.repeat(3000)}</script></div>`);
    const denseRoot = dense.getElementById('r') as Element;
    expect(outerHtmlWithoutCode(denseRoot)).toBe(`<div id="r">${spans}<script> </script></div>`);
  });

  it('falls back to the serialiser when the code sits inside foreign content', () => {
    const doc = makeDocument(
      `<div id="r"><svg><g><script>${bigCode(5)}${bigCode(6)}</script></g></svg><p>Text.</p></div>`,
    );
    const root = doc.getElementById('r') as Element;
    expect(outerHtmlWithoutCode(root)).toBe(root.outerHTML);
  });
});
