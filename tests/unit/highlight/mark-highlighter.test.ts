import { describe, expect, it } from 'vitest';
import { createMarkHighlighter } from '@/utils/highlight/mark-highlighter';
import { buildTextMap } from '@/utils/article/text-map';
import { rangeForOffsets } from '@/utils/article/offset-range';
import { makeDocument } from '../article/dom';

const html =
  '<article><p>The mayor called it a <em>so-called</em> reform and a pretext.</p><p>“We will not pay,” she said.</p></article>';

describe('mark fallback highlighter', () => {
  it('wraps each range in marks and restores the article exactly on clear()', () => {
    const doc = makeDocument(html);
    (globalThis as { Range?: unknown }).Range ??= doc.defaultView!.Range;
    const article = doc.querySelector('article')!;
    const before = article.innerHTML;
    const map = buildTextMap(article);
    const range = (s: string) =>
      rangeForOffsets(map, map.text.indexOf(s), map.text.indexOf(s) + s.length)!;
    const highlighter = createMarkHighlighter(doc);
    highlighter.show({
      term: [range('so-called'), range('pretext')],
      quote: [range('We will not pay,')],
      possible: [],
      sourcing: [],
      selection: [],
    });
    const marks = [...article.querySelectorAll('mark')].map((m) => [m.className, m.textContent]);
    expect(marks).toEqual([
      ['sourcelight-term', 'so-called'],
      ['sourcelight-term', 'pretext'],
      ['sourcelight-quote', 'We will not pay,'],
    ]);
    highlighter.clear();
    expect(article.innerHTML).toBe(before);
  });
});
