import { describe, expect, it } from 'vitest';
import { mayHoldArticle } from '@/utils/article/may-hold-article';
import { makeDocument } from './dom';

const sentence = 'The harbour board met on Tuesday to weigh the cost of a second ferry berth. ';

describe('mayHoldArticle', () => {
  it('says no to a long listing of short items, without reading all of them', () => {
    const rows = Array.from(
      { length: 3000 },
      (_, i) => `<li><a href="/i/${i}">Item ${i}</a><p>Short blurb for item ${i}.</p></li>`,
    ).join('');
    expect(mayHoldArticle(makeDocument(`<main><ul>${rows}</ul></main>`))).toBe(false);
  });

  it('says yes to a short news item of a few paragraphs', () => {
    const doc = makeDocument(`<p>${sentence.repeat(2)}</p><p>${sentence.repeat(2)}</p>`);
    expect(mayHoldArticle(doc)).toBe(true);
  });

  it('does not count prose that is hidden or inside list items', () => {
    const long = sentence.repeat(4);
    const doc = makeDocument(
      `<p hidden>${long}</p><p style="display: none">${long}</p><ul><li><p>${long}</p></li></ul>`,
    );
    expect(mayHoldArticle(doc)).toBe(false);
  });

  it('counts text broken by <br> inside a <div>', () => {
    const doc = makeDocument(`<div>${sentence}<br>${sentence}<br>${sentence}<br>${sentence}</div>`);
    expect(mayHoldArticle(doc)).toBe(true);
  });

  it('says yes when the page declares a schema.org NewsArticle', () => {
    const ld = `<script type="application/ld+json">{"@context":"https://schema.org","@type": "NewsArticle"}</script>`;
    expect(
      mayHoldArticle(makeDocument(`<html><head>${ld}</head><body><p>Hi</p></body></html>`)),
    ).toBe(true);
    expect(mayHoldArticle(makeDocument('<p>Hi</p>'))).toBe(false);
  });
});
