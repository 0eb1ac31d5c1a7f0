import { describe, expect, it } from 'vitest';
import { buildTextMap } from '@/utils/article/text-map';
import { offsetForPoint, rangeForOffsets } from '@/utils/article/offset-range';
import { makeDocument } from './dom';

const html = `<article>
  <h1>Harbour   plan  stalls</h1>
  <p>The mayor said the   plan was <em>“dead in the water”</em> on Friday.</p>
  <aside>Read more: unrelated story</aside>
  <p>
    Critics called it a <b>so-called</b> reform.
  </p>
  <script>var x = "not text";</script>
</article>`;

describe('buildTextMap', () => {
  it('collapses whitespace, breaks paragraphs with newlines and skips asides and scripts', () => {
    const doc = makeDocument(html);
    const map = buildTextMap(doc.querySelector('article')!);
    expect(map.text).toBe(
      'Harbour plan stalls\nThe mayor said the plan was “dead in the water” on Friday.\nCritics called it a so-called reform.',
    );
  });

  it('maps every character back to its own in the DOM, whatever the whitespace around it', () => {
    // Tabs, line breaks, no-break spaces and runs at the starts and ends of nodes and paragraphs.
    const doc = makeDocument(
      `<article><p>\n\t  Tide\u00a0 tables\t<b> \n out </b> now  \n</p><p> \u00a0next\n\nday </p></article>`,
    );
    const map = buildTextMap(doc.querySelector('article')!);
    expect(map.text).toBe('Tide tables out now\nnext day');
    for (let i = 0; i < map.text.length; i++) {
      if (map.text[i] === '\n') continue;
      const range = rangeForOffsets(map, i, i + 1)!;
      const raw = range.toString();
      expect(map.text[i] === ' ' ? /^\s$/.test(raw) : raw === map.text[i]).toBe(true);
    }
  });

  it('maps every word of the plain text back to the same word in the DOM', () => {
    const doc = makeDocument(html);
    const map = buildTextMap(doc.querySelector('article')!);
    for (const word of ['plan was', '“dead in the water”', 'so-called', 'Critics', 'stalls']) {
      const start = map.text.indexOf(word);
      const range = rangeForOffsets(map, start, start + word.length)!;
      expect(range.toString().replace(/\s+/g, ' ')).toBe(word);
    }
  });

  it('maps a span crossing elements and paragraphs', () => {
    const doc = makeDocument(html);
    const map = buildTextMap(doc.querySelector('article')!);
    const start = map.text.indexOf('water');
    const end = map.text.indexOf('Critics') + 'Critics'.length;
    const text = rangeForOffsets(map, start, end)!.toString();
    expect(text.startsWith('water”')).toBe(true);
    expect(text.trim().endsWith('Critics')).toBe(true);
  });

  it('turns a DOM point back into the plain-text offset', () => {
    const doc = makeDocument(html);
    const map = buildTextMap(doc.querySelector('article')!);
    const b = doc.querySelector('b')!.firstChild!;
    expect(offsetForPoint(map, b, 0)).toBe(map.text.indexOf('so-called'));
    const p = doc.querySelectorAll('p')[1]!.firstChild!; // starts with a newline and indentation
    const raw = (p as Text).data.indexOf('Critics');
    expect(offsetForPoint(map, p, raw)).toBe(map.text.indexOf('Critics'));
  });

  it('returns null for a range whose text node left the page', () => {
    const doc = makeDocument(html);
    const map = buildTextMap(doc.querySelector('article')!);
    doc.querySelector('h1')!.remove();
    expect(rangeForOffsets(map, 0, 7)).toBeNull();
  });
});

describe('buildTextMap whitespace', () => {
  it('collapses tabs, non-breaking spaces and runs across node boundaries, mapping back exactly', () => {
    const doc = makeDocument('<article><p>One\u00a0two\t three <b> four</b>  five</p></article>');
    const map = buildTextMap(doc.querySelector('article')!);
    expect(map.text).toBe('One two three four five');
    for (const word of ['two', 'three', 'four', 'five']) {
      const start = map.text.indexOf(word);
      expect(rangeForOffsets(map, start, start + word.length)!.toString()).toBe(word);
    }
  });
});
