import { describe, expect, it } from 'vitest';
import { extractArticleText } from '@/utils/article/article-text';
import { pageHtml } from '@/utils/article/article-plan';
import { planArticle } from '@/utils/article/plan-article';
import { parseWithReadability } from '@/utils/article/readability-article';
import { cloneForParsing } from '@/utils/article/clone-for-parsing';
import { makeDocument } from './dom';

const page = (title: string, body: string) =>
  `<html><head><title>${title}</title></head><body>${body}</body></html>`;

/** What Readability alone keeps of the page (before our rules), as plain text. */
const readabilityText = (html: string) =>
  parseWithReadability(cloneForParsing(makeDocument(html)).clone)?.content.textContent ?? '';

/** The plan's text, as the extension makes it from a copy of the page. */
function plannedText(html: string): string {
  const live = makeDocument(html);
  const parser = new (live.defaultView as unknown as typeof globalThis).DOMParser();
  return planArticle(parser.parseFromString(pageHtml(live), 'text/html'))?.texts.join('') ?? '';
}

// An open letter followed by a table of its signers (a name and a college on each line): the
// commas of the names outscore the letter in Readability's eyes.
const letter = (i: number) =>
  `<p><span>Part ${i} of the letter asks that the harbour trust, which has run the ferries for a century, publish its accounts every year, as it once did. ${'Its members want a public hearing before any fare rises. '.repeat(8)}</span></p>`;
const signers = (column: number) =>
  `<span>${Array.from(
    { length: 120 },
    (_, i) => `<strong>Signer ${column}-${i}</strong>, <span>Harbour College</span><br>`,
  ).join('')}</span>`;
const letterPage = page(
  'An open letter on the ferries',
  `<div class="container"><div class="row"><div class="col content"><article class="post">
  <div class="body"><div class="header-meta"><a href="#">Share</a></div>
  <p><strong>July 7</strong><br><em>The letter below will appear in the next issue.</em></p>
  ${[1, 2, 3].map(letter).join('')}
  <table><tbody><tr><td>${signers(1)}</td><td>${signers(2)}</td></tr><tr><td></td></tr></tbody></table>
  <p>Colleges are named only to identify the signers.</p></div></article></div></div></div>`,
);

// A gallery of captioned photos (captions are left out of the article) and, apart, the story.
const caption = (i: number) =>
  `<p class="caption">Photo ${i}: the old ferry, the new berth, the harbour crane, the pier lights and the crowd, seen from the north wall at dawn, in late May.</p>`;
const story = (i: number) =>
  `<p>Part ${i}: the harbour board voted on Tuesday to delay the second berth until the spring because the cost rose.</p>`;
const galleryPage = page(
  'Berth vote',
  `<div><div><div class="gallery">${[1, 2, 3, 4, 5, 6, 7, 8].map(caption).join('')}</div></div></div>
  <div><div><div class="text">${[1, 2, 3].map(story).join('')}</div></div></div>`,
);

describe('when Readability’s pick is no article once read', () => {
  it('reads the letter, not the list of signers Readability picked (no long paragraph in it)', () => {
    expect(readabilityText(letterPage)).not.toContain('Part 1 of the letter');
    const text = extractArticleText(makeDocument(letterPage))!;
    for (const i of [1, 2, 3]) expect(text).toContain(`Part ${i} of the letter asks`);
    expect(plannedText(letterPage).replace(/\s+/g, ' ')).toContain('Part 3 of the letter asks');
  });

  it('reads the story when what Readability kept is all captions, which are left out', () => {
    expect(readabilityText(galleryPage)).toContain('Photo 1:');
    expect(readabilityText(galleryPage)).not.toContain('Part 1:');
    const text = extractArticleText(makeDocument(galleryPage))!;
    for (const i of [1, 2, 3]) expect(text).toContain(`Part ${i}: the harbour board`);
    expect(text).not.toContain('Photo 1:');
    expect(plannedText(galleryPage)).toContain('Part 2: the harbour board');
  });

  it('keeps Readability’s pick when it is prose', () => {
    const html = page(
      'Berth vote',
      `<nav><p>${story(9)}</p></nav><article>${[1, 2, 3, 4, 5].map(story).join('')}</article>`,
    );
    const text = extractArticleText(makeDocument(html))!;
    expect(text).toContain('Part 5: the harbour board');
    expect(text).not.toContain('Part 9');
  });
});
