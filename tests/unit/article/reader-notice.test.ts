import { describe, expect, it } from 'vitest';
import { extractArticleText } from '@/utils/article/article-text';
import { isReaderNotice } from '@/utils/article/reader-notice';
import { makeDocument } from './dom';

const block = (html: string, tag = 'p') => {
  const doc = makeDocument(`<body><${tag}>${html}</${tag}></body>`);
  return doc.body.firstElementChild!;
};

describe('notices to the reader inside the article', () => {
  it.each([
    'To keep reading the full article, please log in or subscribe to the Harbour Post.',
    'Already a subscriber? Sign in to continue.',
    'Subscribe today and get the harbour news every morning.',
    '© 2031 Harbour Post Ltd. All rights reserved.',
    'No part of this story may be reprinted without written permission from the publisher.',
    'Follow the Harbour Post on Instagram and Facebook for more.',
    'For the latest harbour updates, download our app for your phone.',
    'Get our stories straight to your inbox every Friday.',
    'Send us your letter to the editor with your name and town.',
    'The Harbour Post is not responsible for the opinions of its contributors.',
    'Views in this column do not necessarily reflect the views of the paper.',
    'You must be logged in to post a comment on this story.',
    'Sie müssen angemeldet sein, um einen Kommentar zum Hafen zu schreiben.',
    'Join the Harbour Club for the price of a coffee a month. Cancel anytime.',
    'Apoya al Diario del Puerto desde dos dólares al mes. Cancela cuando quieras.',
    'Das Hafenblatt digital lesen, jederzeit kündbar.',
    'We test every ferry app ourselves. We may earn a commission when you book through our links.',
    'Our picks are our own; see our advertiser disclosure for how we are paid.',
  ])('recognises "%s"', (text) => {
    expect(isReaderNotice(block(text))).toBe(true);
  });

  it('sees through Latin-looking Cyrillic letters', () => {
    expect(isReaderNotice(block('Аdvеrtіѕе with the Harbour Post today.'))).toBe(true);
  });

  it.each([
    'The streaming service said it had lost two million subscribers in the spring.',
    'The court ruled that the photo was a copyrighted work and awarded damages to the artist.',
    '“Please subscribe,” the mayor joked, holding up the first edition of the paper.',
    'Officials urged residents to download the flood app before the storm reached the coast.',
    'Members of the board must be logged in to the new system before the vote on Tuesday.',
  ])('keeps the news sentence "%s"', (text) => {
    expect(isReaderNotice(block(text))).toBe(false);
  });

  it('keeps a long paragraph that mentions subscribing', () => {
    const long = `${'The council debated the harbour fees for hours. '.repeat(8)}Members asked residents to subscribe to the minutes.`;
    expect(isReaderNotice(block(`Subscribe: ${long}`))).toBe(false);
  });

  it('leaves notices out of the extracted article', () => {
    const para = (lead: string) =>
      `<p>${lead} The council said the new berth would cost more than the old one, and the board agreed to look again in spring.</p>`;
    const doc = makeDocument(
      `<html><head><title>Berth</title></head><body><article>${para('One.')}${para('Two.')}` +
        `<p>To read the full story, subscribe to the Harbour Post.</p>${para('Three.')}` +
        `<p>© 2031 Harbour Post. All rights reserved.</p></article></body></html>`,
    );
    const text = extractArticleText(doc)!;
    expect(text).toContain('Three.');
    expect(text).not.toContain('subscribe');
    expect(text).not.toContain('rights reserved');
  });
});
