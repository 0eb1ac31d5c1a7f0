import { describe, expect, it } from 'vitest';
import {
  isArticlePlan,
  mapPlanToLive,
  pageHtml,
  type ArticlePlan,
} from '@/utils/article/article-plan';
import { planArticle } from '@/utils/article/plan-article';
import { extractArticle } from '@/utils/article/article-text';
import { rangeForOffsets } from '@/utils/article/offset-range';
import { makeDocument } from './dom';

const para = (lead: string) =>
  `<p>${lead} The harbour board said the second berth would cost more than planned, and it would look again in spring.</p>`;

const page = `<!doctype html><html><head><title>Berth plan delayed again</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<main><article><h1>Berth plan delayed again</h1>
${para('First.')}${para('Second, with <em>“a quoted phrase”</em> inside.')}
<noscript><p>Turn on scripts to see the gallery.</p></noscript>
${para('Third.')}${para('Fourth.')}
</article></main><footer><p>All rights reserved by the example paper.</p></footer></body></html>`;

/** What the extension does with the page's HTML: parse a copy of its own and plan the article. */
function planFor(live: Document): ArticlePlan | null {
  const parser = new (live.defaultView as unknown as typeof globalThis).DOMParser();
  const copy = parser.parseFromString(pageHtml(live), 'text/html');
  return planArticle(copy);
}

/** The article from a plan, as the page builds it. */
function fromPlan(live: Document) {
  const plan = planFor(live)!;
  return mapPlanToLive(live, plan);
}

describe('finding the article in a copy of the page (off the page’s main thread)', () => {
  it('gives the same text as parsing a clone on the page, over the live nodes', () => {
    const live = makeDocument(page);
    const here = extractArticle(live)!;
    const there = fromPlan(live)!;
    expect(there.map.text).toBe(here.map.text);
    expect(there.map.text.split('\n')[0]).toBe('Berth plan delayed again');
    expect(there.roots[0]?.ownerDocument).toBe(live);
    const phrase = '“a quoted phrase”';
    const start = there.map.text.indexOf(phrase);
    const range = rangeForOffsets(there.map, start, start + phrase.length)!;
    expect(range.startContainer.ownerDocument).toBe(live);
    expect(range.toString()).toBe(phrase);
  });

  it('finds nodes that a page script split, which the copy reads as one', () => {
    const live = makeDocument(page);
    const third = [...live.querySelectorAll('p')].find((p) => p.textContent!.startsWith('Third'))!;
    // Two adjacent text nodes on the page serialise as one and parse back as one in the copy.
    (third.firstChild as Text).splitText(20);
    const plan = planFor(live)!;
    const { map } = mapPlanToLive(live, plan)!;
    const line = map.text.split('\n').find((l) => l.startsWith('Third.'))!;
    expect(line).toBe(third.textContent);
    const start = map.text.indexOf(line);
    const range = rangeForOffsets(map, start, start + line.length)!;
    expect(range.toString()).toBe(line);
    expect(third.contains(range.startContainer) && third.contains(range.endContainer)).toBe(true);
  });

  it('keeps its place when positions drift (nodes the copy lacks or has more of)', () => {
    const live = makeDocument(page);
    // Empty text nodes do not survive HTML; nodes made by scripts before the article shift every
    // position after them.
    const nav = live.querySelector('nav')!;
    for (let i = 0; i < 5; i++) nav.appendChild(live.createTextNode(''));
    const plan = planFor(live)!;
    const here = extractArticle(live)!;
    expect(mapPlanToLive(live, plan)!.map.text).toBe(here.map.text);
  });

  it('checks what is rendered on the page, not in the copy', () => {
    const live = makeDocument(page);
    const plan = planFor(live)!;
    const hidden = (el: Element) => !(el.textContent ?? '').startsWith('Second');
    const { map } = mapPlanToLive(live, plan, hidden)!;
    expect(map.text).not.toContain('Second,');
    expect(map.text).toContain('Fourth.');
  });

  it('leaves out text the page no longer has, and finds nothing where nothing matches', () => {
    const live = makeDocument(page);
    const plan = planFor(live)!;
    live.querySelector('article')!.remove();
    expect(mapPlanToLive(live, plan)).toBeNull();
  });

  it('finds no article in a copy of a page without one', () => {
    const rows = Array.from({ length: 300 }, (_, i) => `<li><a href="/i/${i}">Item ${i}</a></li>`);
    const live = makeDocument(`<main><ul>${rows.join('')}</ul></main>`);
    const plan = planFor(live);
    expect(plan && mapPlanToLive(live, plan)).toBeNull();
  });

  it('sends the doctype, the title and metadata, and the body; not the head’s scripts and styles', () => {
    const live = makeDocument(
      page.replace(
        '<title>',
        '<meta property="og:title" content="Berth"><style>p { color: red }</style><script>var ads = 1;</script><script type="application/ld+json">{"@type":"NewsArticle"}</script><title>',
      ),
    );
    const html = pageHtml(live);
    expect(html.toLowerCase()).toMatch(/^<!doctype html><html><head>/);
    for (const kept of [
      'og:title',
      'NewsArticle',
      '<title>Berth plan delayed again</title>',
      'Fourth.',
    ])
      expect(html).toContain(kept);
    for (const left of ['color: red', 'var ads']) expect(html).not.toContain(left);
    expect(fromPlan(live)!.map.text).toBe(extractArticle(live)!.map.text);
  });

  it('leaves out the text of the body’s scripts, styles and comments, and keeps every text node in its place', () => {
    const code = [
      '<script>window.tracker = { id: "zz-tracking" };</script>',
      '<style>.gallery { color: teal }</style>',
      '<!-- editor: check the berth figures -->',
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Berth"}</script>',
      '<script></script>',
    ].join('');
    // Code before the article and between its paragraphs (a comment between two text nodes too),
    // so a text node missing from the copy would shift every position after it.
    const live = makeDocument(
      page
        .replace('<nav>', `${code}<nav>`)
        .replace('<p>Third.', `${code}<p>Third.`)
        .replace('Fourth.', 'Fourth.<!-- mid -->'),
    );
    const html = pageHtml(live);
    for (const left of ['zz-tracking', 'color: teal', 'berth figures', ' mid '])
      expect(html).not.toContain(left);
    expect(html).toContain('"headline":"Berth"');
    // What keeps a browser's copy aligned (happy-dom gives even an empty script a text node, so
    // comparing the nodes below cannot show it): one space of text each, empty comments.
    for (const kept of ['<script> </script>', '<style> </style>', '<!---->', '<script></script>'])
      expect(html).toContain(kept);
    const copy = new (live.defaultView as unknown as typeof globalThis).DOMParser().parseFromString(
      html,
      'text/html',
    );
    const texts = (root: Node) => {
      const walker = root.ownerDocument!.createTreeWalker(root, 4);
      const out: string[] = [];
      for (let t = walker.nextNode(); t; t = walker.nextNode()) out.push(t.parentNode!.nodeName);
      return out;
    };
    expect(texts(copy.body)).toEqual(texts(live.body));
    expect(fromPlan(live)!.map.text).toBe(extractArticle(live)!.map.text);
  });

  it('leaves out attributes nobody reads (path data, image lists, handlers, data-*, links), and only in tags', () => {
    const icon =
      '<svg viewBox="0 0 9 9"><title>Share</title><path d="M0 0L9 9Z" fill="red"></path></svg>';
    const img =
      '<img src="/berth.jpg" srcset="/berth-2x.jpg 2x" sizes="50vw" data-lazy="/b.jpg" alt="The berth">';
    // Text that reads like an attribute (its quotes are not escaped in HTML) is text, not markup.
    const prose = 'Set data-berth="2" and d="long" in the form, said the clerk.';
    const links =
      '<a href="https://example.org/berths/2">Berth list</a> <a href="#notes">notes</a> <a href="javascript:void(0)">more</a>';
    const live = makeDocument(
      page
        .replace('<nav>', `<nav data-menu="main" onclick="open()">${icon}`)
        .replace('<p>Third.', `${img}<p data-paragraph="3">${prose} ${links} Third.`),
    );
    const html = pageHtml(live);
    for (const left of [
      'M0 0L9 9Z',
      'berth-2x',
      '50vw',
      '/b.jpg',
      'data-menu',
      'open()',
      'data-paragraph',
      'example.org',
    ])
      expect(html).not.toContain(left);
    for (const kept of [
      'viewBox="0 0 9 9"',
      'fill="red"',
      'src="/berth.jpg"',
      'alt="The berth"',
      '<a>Berth list</a>',
      'href="#notes"',
      'href="javascript:void(0)"',
      prose,
    ])
      expect(html).toContain(kept);
    expect(fromPlan(live)!.map.text).toBe(extractArticle(live)!.map.text);
    expect(fromPlan(live)!.map.text).toContain(prose);
  });

  it('is checked like every message: a malformed plan is refused', () => {
    const good = planFor(makeDocument(page))!;
    expect(isArticlePlan(good)).toBe(true);
    for (const bad of [
      { ...good, steps: [1.5] },
      { ...good, steps: [-2] },
      { ...good, steps: ['1'] },
      { ...good, steps: null },
      { ...good, texts: [3] },
      { ...good, texts: 'one text' },
      { steps: good.steps, texts: good.texts },
      '<p>not a plan</p>',
    ]) {
      expect(isArticlePlan(bad)).toBe(false);
    }
  });
});
