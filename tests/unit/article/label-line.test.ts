import { describe, expect, it } from 'vitest';
import type { KeptSink } from '@/utils/article/assemble-article';
import { extractArticleText } from '@/utils/article/article-text';
import { isLabelLine, labelLineFilter } from '@/utils/article/label-line';
import { makeDocument } from './dom';

describe('furniture labels as whole lines', () => {
  it.each([
    'Advertisement',
    'ANZEIGE',
    'Publicidad',
    'Sponsored content',
    'Promoted by Some Network',
    'Social Share',
    'Share this article',
    'Share:',
    'Pin',
    'View photos',
    'Show all 24',
    'Comments (12)',
    '3 comments',
    'Leave a reply',
    'Read also',
    'Related stories',
    'Lesen Sie auch',
    'À lire aussi',
    'July 7, 2031',
    'By Ann Example',
  ])('recognises "%s"', (line) => {
    expect(isLabelLine(line)).toBe(true);
  });

  it.each([
    'Share prices fell for a third day at the harbour exchange.',
    'Comments from the board were brief.',
    'Photo finish at the regatta',
    'Read more than the headline before you share.',
    'Save the harbour',
    '',
  ])('keeps "%s"', (line) => {
    expect(isLabelLine(line)).toBe(false);
  });

  it('holds a line until it ends and passes it on unless it is a label', () => {
    const doc = makeDocument('<body></body>');
    const t = (s: string) => doc.createTextNode(s);
    const got: string[] = [];
    const sink: KeptSink = {
      text: (n) => void got.push(n.data),
      newline: () => void got.push('\n'),
    };
    const filter = labelLineFilter(sink);
    for (const s of ['The ferry ', 'ran late.']) filter.text(t(s));
    filter.newline();
    for (const s of ['Social ', 'Share']) filter.text(t(s));
    filter.newline();
    filter.text(t('It ran on time the next day.'));
    filter.flush();
    expect(got.join('')).toBe('The ferry ran late.\n\nIt ran on time the next day.');
  });

  it('leaves out a bare label beside the box it names, and a date line before a letter', () => {
    const para = (lead: string) =>
      `<p>${lead} The council said the new berth would cost more than the old one, and the board agreed to look again in spring.</p>`;
    const doc = makeDocument(
      `<main><article><h1>Ferry berth plan delayed</h1><p><strong>March 3, 2031</strong><br>${para('One.').slice(3, -4)}</p>` +
        `${para('Two.')}<div>Social Share<div class="share-links"><a href="/s">f</a></div></div>${para('Three.')}` +
        `<div class="ad-box"><span>Advertisement</span></div>${para('Four.')}<h3>Lesen Sie auch</h3>${para('Five.')}</article></main>`,
    );
    const text = extractArticleText(doc)!;
    expect(text).toContain('One. The council said');
    expect(text).toContain('Five.');
    for (const label of ['March 3', 'Social Share', 'Advertisement', 'Lesen Sie']) {
      expect(text).not.toContain(label);
    }
  });
});
