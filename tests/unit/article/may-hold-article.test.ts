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

  it('takes a page whose first 200 paragraphs are list items’ blurbs for a list, without looking for other blocks', () => {
    const rows = (n: number) =>
      Array.from(
        { length: n },
        (_, i) => `<li><a href="/i/${i}">Item ${i}</a><p>Blurb ${i}.</p></li>`,
      );
    const prose = `<article>${sentence.repeat(3)}</article>`;
    const listing = makeDocument(`<ul>${rows(250).join('')}</ul>${prose}`);
    const asked: string[] = [];
    const byTag = listing.getElementsByTagName.bind(listing);
    listing.getElementsByTagName = ((tag: string) => {
      asked.push(tag);
      return byTag(tag);
    }) as typeof listing.getElementsByTagName;
    expect(mayHoldArticle(listing)).toBe(false);
    expect(asked).toEqual(['p']);
    // Fewer blurbs than that (a page's menu of list items, say) and the other blocks still count.
    expect(mayHoldArticle(makeDocument(`<ul>${rows(150).join('')}</ul>${prose}`))).toBe(true);
    // So do they after a run of paragraphs that are not all list items.
    const mixed = `<ul>${rows(150).join('')}</ul>${'<p>Short.</p>'.repeat(100)}${prose}`;
    expect(mayHoldArticle(makeDocument(mixed))).toBe(true);
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

  it('counts an <article> or a <pre> of prose without paragraphs, each kind on its own', () => {
    const prose = sentence.repeat(3);
    expect(mayHoldArticle(makeDocument(`<article>${prose}</article>`))).toBe(true);
    expect(mayHoldArticle(makeDocument(`<pre>${prose}</pre>`))).toBe(true);
    expect(mayHoldArticle(makeDocument(`<div>${prose}</div>`))).toBe(false);
  });

  it('says yes when the page declares a schema.org NewsArticle', () => {
    const ld = `<script type="application/ld+json">{"@context":"https://schema.org","@type": "NewsArticle"}</script>`;
    expect(
      mayHoldArticle(makeDocument(`<html><head>${ld}</head><body><p>Hi</p></body></html>`)),
    ).toBe(true);
    expect(mayHoldArticle(makeDocument('<p>Hi</p>'))).toBe(false);
  });

  describe('headed sections of lists and short paragraphs (no paragraph long enough to score)', () => {
    const steps = (n: number) =>
      Array.from({ length: 4 }, (_, i) => `<li>Step ${i + 1}: turn ${n} times to the left</li>`);
    const section = (n: number, list: string) =>
      `<h2>Figure ${n}</h2><p>Start from the closed position.</p><ul>${list}</ul>`;

    it('says yes to a how-to page of headed steps', () => {
      const body = [1, 2, 3].map((n) => section(n, steps(n).join(''))).join('');
      expect(mayHoldArticle(makeDocument(`<h1>Dance figures</h1>${body}`))).toBe(true);
    });

    it('says no when the sections are lists of links', () => {
      const links = (n: number) =>
        Array.from({ length: 6 }, (_, i) => `<li><a href="/f/${n}/${i}">Figure ${n}.${i}</a></li>`);
      const body = [1, 2, 3].map((n) => section(n, links(n).join(''))).join('');
      expect(mayHoldArticle(makeDocument(`<h1>Dance figures</h1>${body}`))).toBe(false);
    });

    it('says no to a home page whose headings are links to stories', () => {
      const story = (n: number) =>
        `<h3><a href="/s/${n}">Story ${n} about the harbour and its ferries</a></h3>` +
        `<p>A short line about story ${n} and more.</p><span>${'Harbour news, '.repeat(8)}</span>`;
      const body = Array.from({ length: 8 }, (_, n) => story(n)).join('');
      expect(mayHoldArticle(makeDocument(`<h1>Harbour News</h1>${body}`))).toBe(false);
    });

    it('says no to headed lists on a page with no running text outside them', () => {
      const body = [1, 2, 3].map((n) => `<h2>Figure ${n}</h2><ul>${steps(n).join('')}</ul>`);
      expect(mayHoldArticle(makeDocument(`<h1>Dance figures</h1>${body.join('')}`))).toBe(false);
    });
  });
});
