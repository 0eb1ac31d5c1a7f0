import { describe, expect, it } from 'vitest';
import { extractArticleText } from '@/utils/article/article-text';
import { pageHtml } from '@/utils/article/article-plan';
import { planArticle } from '@/utils/article/plan-article';
import { makeDocument } from './dom';
import { standfirstParagraphs } from '@/utils/article/standfirst';

const body = (i: number) =>
  `<p>Part ${i}: the harbour board voted on Tuesday to delay the second berth until the spring, because the cost of steel rose again.</p>`;
const lead =
  'Ferry users will wait another season for the second berth, and the board says it will look at the costs again in March.';

const page = (stage: string) => `<html><head><title>Second berth delayed</title></head><body>
  <article><div class="stage"><h1>Second berth delayed</h1>${stage}</div>
  <div class="story"><div class="text">${[1, 2, 3, 4, 5, 6].map(body).join('')}</div></div></article>
  </body></html>`;

describe('the standfirst Readability leaves out', () => {
  it('is read back from beside the title, before the body', () => {
    const html = page(`<p class="byline-date">May 3, 2026</p><p>${lead}</p>`);
    const text = extractArticleText(makeDocument(html))!;
    const lines = text.split('\n').filter((l) => l.trim() !== '');
    expect(lines[0]).toBe('Second berth delayed');
    expect(lines[1]).toBe(lead);
    expect(lines[2]).toContain('Part 1: the harbour board');
    expect(text).not.toContain('May 3, 2026');
  });

  it('is the same in the plan made on a copy of the page', () => {
    const live = makeDocument(page(`<p>${lead}</p>`));
    const parser = new (live.defaultView as unknown as typeof globalThis).DOMParser();
    const plan = planArticle(parser.parseFromString(pageHtml(live), 'text/html'))!;
    expect(plan.texts[0]).toBe(lead);
  });

  it('leaves out what is furniture or a teaser beside the title', () => {
    const html = page(
      `<div class="related"><p>${lead}</p></div><p><a href="/other">${lead}</a></p>`,
    );
    expect(extractArticleText(makeDocument(html))).not.toContain('Ferry users will wait');
  });

  it('takes a longer introduction when the page labels its box, and nothing after that box', () => {
    const intro = [1, 2, 3, 4, 5]
      .map(
        (i) =>
          `<p>Intro ${i}: riders have asked for a second berth since the old one flooded in the storm of last winter.</p>`,
      )
      .join('');
    const standfirst = (box: string): string[] => {
      const doc = makeDocument(
        `<html><body><h1>Second berth delayed</h1>${box}<div class="text">${body(1)}</div></body></html>`,
      );
      const firstKept = doc.querySelector('.text p')!.firstChild;
      return standfirstParagraphs(doc.querySelector('h1'), firstKept, new Set()).map((p) =>
        p.textContent!.slice(0, 7),
      );
    };
    const intros = ['Intro 1', 'Intro 2', 'Intro 3', 'Intro 4', 'Intro 5'];
    expect(standfirst(`<div class="article-intro">${intro}</div><p>Offer: ${lead}</p>`)).toEqual(
      intros,
    );
    // Unlabelled, five paragraphs between the title and the body are something else.
    expect(standfirst(`<div class="box">${intro}</div>`)).toEqual([]);
    // "post-intro" names what comes after the introduction.
    expect(standfirst(`<div class="post-intro">${intro}</div>`)).toEqual([]);
    expect(standfirst(`<div class="box"><p>${lead}</p></div>`)).toEqual(['Ferry u']);
  });
});
