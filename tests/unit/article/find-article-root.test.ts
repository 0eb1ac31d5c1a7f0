import { describe, expect, it } from 'vitest';
import { findArticleRoots, hasNewsArticleSchema } from '@/utils/article/find-article-root';

/** The main article container: the first of the roots. */
const findArticleRoot = (doc: Document) => findArticleRoots(doc)[0] ?? null;
import { extractArticleText } from '@/utils/article/article-text';
import { makeDocument } from './dom';

const para = (words: string) =>
  `<p>${words} ${'and the council met again to discuss it. '.repeat(3)}</p>`;

describe('findArticleRoot', () => {
  it('prefers itemprop=articleBody over the surrounding <article>', () => {
    const doc = makeDocument(
      `<article><h1>Title</h1><div itemprop="articleBody">${para('One')}${para('Two')}${para('Three')}</div><p class="x">Share this</p></article>`,
    );
    expect(findArticleRoot(doc)?.getAttribute('itemprop')).toBe('articleBody');
  });

  it('picks the largest <article> when a page has teasers too', () => {
    const doc = makeDocument(
      `<article id="teaser"><p>Short teaser text.</p></article><article id="main">${para('A')}${para('B')}${para('C')}</article>`,
    );
    expect(findArticleRoot(doc)?.id).toBe('main');
  });

  it('falls back to the densest block of paragraphs', () => {
    const doc = makeDocument(
      `<div id="menu"><p>Home</p><p>World</p></div><div id="story">${para('A')}${para('B')}${para('C')}${para('D')}</div>`,
    );
    expect(findArticleRoot(doc)?.id).toBe('story');
  });

  it('returns null for a page that is a long list and no prose', () => {
    const items = Array.from(
      { length: 300 },
      (_, i) => `<li>Item ${i} so-called premium</li>`,
    ).join('');
    expect(findArticleRoot(makeDocument(`<ul>${items}</ul>`))).toBeNull();
    expect(extractArticleText(makeDocument(`<ul>${items}</ul>`))).toBeNull();
  });

  it('reads schema.org NewsArticle markup', () => {
    const doc = makeDocument(
      `<script type="application/ld+json">{"@context":"https://schema.org","@type": "NewsArticle"}</script>`,
    );
    expect(hasNewsArticleSchema(doc)).toBe(true);
    expect(hasNewsArticleSchema(makeDocument('<p>hi</p>'))).toBe(false);
  });

  it('extracts paragraphs as lines, without hidden text, forms or comment sections', () => {
    const doc = makeDocument(`<article>
      <p>First paragraph of the story, long enough to count as prose for the reader here.</p>
      <p hidden>Hidden paragraph.</p>
      <div class="comments"><p>A comment.</p></div>
      <form><textarea>typed</textarea></form>
      <p>Second paragraph of the story, with more words so that the article is long enough.</p>
      <p>Third paragraph of the story, which closes it with a final and rather dull sentence.</p>
    </article>`);
    expect(extractArticleText(doc)).toBe(
      [
        'First paragraph of the story, long enough to count as prose for the reader here.',
        'Second paragraph of the story, with more words so that the article is long enough.',
        'Third paragraph of the story, which closes it with a final and rather dull sentence.',
      ].join('\n'),
    );
  });
});

describe('findArticleRoot on listings', () => {
  it('does not take a <main> full of short items for an article', () => {
    const items = Array.from({ length: 400 }, (_, i) => `<p>Spade ${i}, €${i}</p>`).join('');
    expect(findArticleRoot(makeDocument(`<main>${items}</main>`))).toBeNull();
  });

  it('takes a <main> with prose in it', () => {
    const doc = makeDocument(`<main id="m">${para('A')}${para('B')}${para('C')}</main>`);
    expect(findArticleRoot(doc)?.id).toBe('m');
  });
});

describe('findArticleRoots (infinite scroll)', () => {
  it('finds every full article, in document order, and not the teasers', () => {
    const doc = makeDocument(
      `<article id="first">${para('A')}${para('B')}</article>` +
        `<aside><article id="teaser"><p>Read next: a short teaser.</p></article></aside>` +
        `<article id="second">${para('C')}${para('D')}${para('E')}</article>`,
    );
    const roots = findArticleRoots(doc);
    expect(roots.map((r) => r.id).sort()).toEqual(['first', 'second']);
    const text = extractArticleText(doc)!;
    expect(text.indexOf('A ')).toBeLessThan(text.indexOf('C '));
    expect(text).not.toContain('teaser');
  });
});

describe('findArticleRoots with schema.org NewsArticle markup', () => {
  const shortStory = `<div id="story">${para('A')}${para('B')}${para('C')}</div>`;
  it('accepts a shorter block of prose when the page declares a news article', () => {
    const ld = `<script type="application/ld+json">{"@type": "NewsArticle"}</script>`;
    expect(findArticleRoots(makeDocument(ld + shortStory)).map((r) => r.id)).toEqual(['story']);
  });
  it('asks for more prose from a page that does not', () => {
    expect(findArticleRoots(makeDocument(shortStory))).toEqual([]);
  });
});
