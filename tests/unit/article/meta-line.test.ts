import { describe, expect, it } from 'vitest';
import { extractArticleText } from '@/utils/article/article-text';
import { isMetaLine } from '@/utils/article/meta-line';
import { makeDocument } from './dom';

const block = (text: string) => makeDocument(`<body><p>${text}</p></body>`).body.firstElementChild!;

describe('metadata lines inside the article', () => {
  it.each([
    'Published: 08:15, Monday',
    'Posted on: 3 March 2031',
    'Date : 03/04/2031 Category : Harbour news',
    'Views: 2,031',
    'Tags: harbour, ferries, council',
    'By Ann Example',
    'By Ann Example and Bo Sample, Harbour reporters',
    'Last updated March 3, 2031',
    'Updated 08:15 GMT',
    'March 3, 2031',
    'Monday 3 March 2031 by Ann B. Example',
    '2031-03-03',
    'Written by on March 3, 2031',
  ])('recognises "%s"', (text) => {
    expect(isMetaLine(block(text))).toBe(true);
  });

  it.each([
    'By Tuesday, the council had agreed to look again at the berth.',
    'By the end of the year the ferry will run twice a day.',
    'Updated figures from the harbour board show a rise in traffic.',
    'The date: a Tuesday in March, when the council met for the last time before the vote.',
    'March 3, 2031 was the day the ferry first ran twice.',
    'Written by hand, the letter reached the council on Monday.',
  ])('keeps the sentence "%s"', (text) => {
    expect(isMetaLine(block(text))).toBe(false);
  });

  it('keeps an inline "By …:" that opens a paragraph (it is part of the sentence)', () => {
    const doc = makeDocument('<body><p><em>By Ann Example</em>: The harbour board met.</p></body>');
    expect(isMetaLine(doc.querySelector('em')!)).toBe(false);
  });

  it('leaves a timestamp out of the extracted article, so it cannot be read as a speaker', () => {
    const para = (lead: string) =>
      `<p>${lead} The council said the new berth would cost more than the old one, and the board agreed to look again in spring.</p>`;
    const doc = makeDocument(
      `<html><head><title>Berth</title></head><body><article><p>Published: 08:15, Monday</p>` +
        `${para('One.')}${para('Two.')}${para('Three.')}<p>Views: 2,031</p></article></body></html>`,
    );
    const text = extractArticleText(doc)!;
    expect(text).toContain('Three.');
    expect(text).not.toContain('Published');
    expect(text).not.toContain('Views');
  });
});
