import { describe, expect, it } from 'vitest';
import { articleScope } from '@/utils/article/article-scope';
import { mapPlanToLive, pageHtml } from '@/utils/article/article-plan';
import { extractArticle } from '@/utils/article/article-text';
import { textNodes } from '@/utils/article/clone-for-parsing';
import { rangeForOffsets } from '@/utils/article/offset-range';
import { parseArticle } from '@/utils/article/parse-article';
import { planArticle } from '@/utils/article/plan-article';
import { mapToLive } from '@/utils/article/readability-article';
import { titleHeading } from '@/utils/article/title-heading';
import { makeDocument } from './dom';

/** A paragraph of about 150 characters of prose. */
const para = (n: number) =>
  `<p>Paragraph ${n} of the ferry story: the operator said the winter timetable would keep two sailings a day, and the council would pay for the third.</p>`;
/** About 105 characters: prose, but a small share of the page's. */
const aside = (where: string) =>
  `<p>${where}: the newsroom answers letters from readers each week, and prints the best of them on Saturday.</p>`;

const TITLE = 'Ferry timetable kept for the winter';

/** A news page: the story's paragraphs in a box of their own, the title and standfirst above them. */
const page = (body: string) =>
  `<!doctype html><html><head><title>${TITLE} | The Example Post</title></head><body>${body}</body></html>`;

const story = `<div class="page" data-note='a &amp; b "c"'>
<header class="masthead"><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<main id="content"><article class="story">
<header><h1>${TITLE}</h1><p class="standfirst">Two sailings a day stay, and the council pays for a third one from its own budget this year.</p></header>
<div class="story-body">${Array.from({ length: 10 }, (_, i) => para(i + 1)).join('')}</div>
</article><aside class="more">${aside('Letters')}</aside></main>
<footer class="site-footer">${aside('About us')}<script type="application/ld+json">{"@type":"NewsArticle","headline":"${TITLE}"}</script></footer>
</div>`;

/** What the extension does with the copy the page sends, mapped back as the page does. */
function viaCopy(live: Document, scope: Element | null) {
  const html = pageHtml(live, scope);
  const copy = new (live.defaultView as unknown as typeof globalThis).DOMParser().parseFromString(
    html,
    'text/html',
  );
  const plan = planArticle(copy)!;
  return {
    html,
    copy,
    article: mapPlanToLive(live, plan, undefined, scope)!,
  };
}

describe('the part of the page that can hold the article', () => {
  it('is the box around the story’s paragraphs and its title, and the box around that', () => {
    const live = makeDocument(page(story));
    // The story's paragraphs hold over 80 % of the prose; widened to the <h1> (the <article>),
    // then to its parent, so that Readability still sees what stands beside its pick.
    expect(articleScope(live)).toBe(live.querySelector('main'));
  });

  it('holds the heading named by any title Readability may report, not only <title>', () => {
    const headline = 'Council keeps both winter ferry sailings';
    const body = (ld: string) =>
      `<div id="top"><h1>${headline}</h1></div><div id="columns"><div id="story">` +
      `${Array.from({ length: 8 }, (_, i) => para(i)).join('')}</div></div>${ld}`;
    const json = `<script type="application/ld+json">{"@type":"NewsArticle","headline":"${headline}"}</script>`;
    // The <title> words it another way; the JSON-LD headline is the heading's.
    const withLd = makeDocument(page(body(json)));
    expect(articleScope(withLd)?.contains(withLd.querySelector('h1'))).toBe(true);
    const withOg = makeDocument(
      page(body('')).replace('</head>', `<meta property="og:title" content="${headline}"></head>`),
    );
    expect(articleScope(withOg)?.contains(withOg.querySelector('h1'))).toBe(true);
    // Without either, the heading is not the article's as far as the page can tell.
    const without = makeDocument(page(body('')));
    expect(articleScope(without)).toBe(without.getElementById('columns'));
  });

  it('is the whole body when the page holds too little prose to tell', () => {
    const live = makeDocument(page(`<div><h1>${TITLE}</h1>${para(1)}${para(2)}</div>`));
    expect(articleScope(live)).toBe(live.body);
  });

  it('is the page’s outermost box itself, not the body, when that box holds the story', () => {
    const live = makeDocument(
      page(
        `<div id="wrap"><h1>${TITLE}</h1>${Array.from({ length: 8 }, (_, i) => para(i)).join('')}</div><footer>${aside('About us')}</footer>`,
      ),
    );
    expect(articleScope(live)).toBe(live.getElementById('wrap'));
  });

  it('does not count list items, hidden paragraphs or boxes named as furniture', () => {
    const noise = Array.from({ length: 12 }, (_, i) => para(i + 20)).join('');
    const live = makeDocument(
      page(
        `<div id="story"><h1>${TITLE}</h1>${Array.from({ length: 6 }, (_, i) => para(i)).join('')}</div>` +
          `<div id="other"><ul>${noise.replace(/<p>/g, '<li><p>').replace(/<\/p>/g, '</p></li>')}</ul>` +
          `<div>${noise.replace(/<p>/g, '<p hidden>')}</div><div class="sidebar">${noise.replace(/<p>/g, '<p class="sidebar-item">')}</div></div>`,
      ),
    );
    expect(articleScope(live)).toBe(live.getElementById('story'));
  });

  it('is copied with the boxes around it and the body’s JSON-LD, and nothing else of the body', () => {
    const live = makeDocument(page(story));
    const scope = articleScope(live)!;
    const { html, copy, article } = viaCopy(live, scope);
    expect(html).not.toContain('About us');
    expect(html).not.toContain('World');
    // The boxes keep their names, escaped as the serialiser would; the footer's JSON-LD moves to the head.
    expect(copy.querySelector('div.page')?.getAttribute('data-note')).toBe('a & b "c"');
    expect(copy.body.firstElementChild?.className).toBe('page');
    expect(copy.head.textContent).toContain('"headline"');
    // The copy's body has the scope's text nodes, in the same places.
    expect(textNodes(copy.body).map((t) => t.data)).toEqual(textNodes(scope).map((t) => t.data));
    // And the article read from the plan is the one read in one process, on the live nodes.
    expect(article.map.text).toBe(extractArticle(live)!.map.text);
    expect(article.map.text.split('\n').slice(0, 2)).toEqual([
      TITLE,
      expect.stringContaining('Two sailings a day stay'),
    ]);
    expect(article.map.text).toContain('Paragraph 10 of the ferry story');
    const start = article.map.text.indexOf('Paragraph 3');
    const range = rangeForOffsets(article.map, start, start + 11)!;
    expect(range.startContainer.ownerDocument).toBe(live);
    expect(range.toString()).toBe('Paragraph 3');
  });

  it('maps no heading from outside the copy onto the page (the in-process path reads none)', () => {
    const live = makeDocument(page(story.replace('<nav>', `<h1>${TITLE}</h1><nav>`)));
    const scope = live.querySelector('main')!;
    const copy = new (live.defaultView as unknown as typeof globalThis).DOMParser().parseFromString(
      pageHtml(live, scope),
      'text/html',
    );
    const plan = planArticle(copy)!;
    const outside = live.querySelector('header.masthead h1')!;
    // The title's first heading on the page is the masthead's, outside the copy.
    expect(titleHeading(live, plan.title)).toBe(outside);
    const mapped = mapPlanToLive(live, plan, undefined, scope)!;
    expect(mapped.roots.some((root) => outside.contains(root))).toBe(false);
    // The in-process path on the same part reads the same text.
    const parsed = parseArticle(live, scope)!;
    expect(parsed.heading).toBeNull();
    const inProcess = mapToLive(parsed.content, parsed.parsing, undefined, null, parsed.lead);
    expect(inProcess?.map.text).toBe(mapped.map.text);
  });

  it('sends less than the whole page, and the same as before when the scope is the body', () => {
    const live = makeDocument(page(story));
    expect(pageHtml(live, articleScope(live)).length).toBeLessThan(pageHtml(live).length);
    expect(pageHtml(live, live.body)).toBe(pageHtml(live));
  });
});
