import { describe, expect, it } from 'vitest';
import { extractArticleText } from '@/utils/article/article-text';
import { pageHtml } from '@/utils/article/article-plan';
import { planArticle } from '@/utils/article/plan-article';
import { makeDocument } from './dom';

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
});
