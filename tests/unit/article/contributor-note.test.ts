import { describe, expect, it } from 'vitest';
import { isContributorNote } from '@/utils/article/contributor-note';
import { extractArticleText } from '@/utils/article/article-text';
import { makeDocument } from './dom';

const block = (html: string) =>
  makeDocument(`<body><p id="b">${html}</p></body>`).getElementById('b')!;

describe('notes about the writer set in italics', () => {
  it('recognises a name followed by "is a/the …", all in italics', () => {
    expect(
      isContributorNote(
        block('<em>Ada Fenwick is a harbour engineer and the author of two books on ferries.</em>'),
      ),
    ).toBe(true);
    expect(
      isContributorNote(
        block('<i>Tom R. Vale, is the founder of <a href="/">Berth Watch</a>.</i>'),
      ),
    ).toBe(true);
  });

  it('keeps the same words in roman type, quotes, and sentences that do not open with a name', () => {
    expect(isContributorNote(block('Ada Fenwick is a harbour engineer who built the pier.'))).toBe(
      false,
    );
    expect(isContributorNote(block('<em>Ada Fenwick is a “harbour hero”, they say.</em>'))).toBe(
      false,
    );
    expect(isContributorNote(block('<em>The Harbour Board is a body of nine members.</em>'))).toBe(
      false,
    );
    expect(
      isContributorNote(block('<em>Ada Fenwick</em> is a harbour engineer and the author.')),
    ).toBe(false);
  });

  it('leaves the note out of the article text', () => {
    const para = (i: number) =>
      `<p>Part ${i}: the harbour board voted on Tuesday to delay the second berth until the spring, because the cost rose.</p>`;
    const doc = makeDocument(`<html><head><title>Berth vote</title></head><body><article>
      ${[1, 2, 3, 4].map(para).join('')}
      <p><em>Ada Fenwick is a harbour engineer and writes about ferries.</em></p></article></body></html>`);
    const text = extractArticleText(doc)!;
    expect(text).toContain('Part 4: the harbour board');
    expect(text).not.toContain('Ada Fenwick');
  });
});
