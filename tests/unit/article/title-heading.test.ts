import { describe, expect, it } from 'vitest';
import { titleHeading } from '@/utils/article/title-heading';
import { makeDocument } from './dom';

const page = (...h1s: string[]) =>
  makeDocument(`<body>${h1s.map((h) => `<h1>${h}</h1>`).join('<p>Between.</p>')}</body>`);

describe('titleHeading', () => {
  it('finds the heading that is the title, or its start when the site added its name', () => {
    const doc = page('Harbour fees to rise in spring');
    expect(titleHeading(doc, 'Harbour fees to rise in spring')?.textContent).toBe(
      'Harbour fees to rise in spring',
    );
    expect(titleHeading(doc, 'Harbour fees to rise in spring | The Harbour Post')).not.toBeNull();
  });

  it('finds a heading that words the end of the title another way', () => {
    const doc = page('Ferry or bridge – which one is cheaper?');
    expect(titleHeading(doc, 'Ferry or bridge – which one pays off?')).not.toBeNull();
  });

  it('prefers the exact heading to one that only begins the same way', () => {
    const doc = page('Harbour fees: what the council said', 'Harbour fees: what the board decided');
    expect(titleHeading(doc, 'Harbour fees: what the board decided')?.textContent).toBe(
      'Harbour fees: what the board decided',
    );
  });

  it('does not take a heading that shares only a few first words with the title', () => {
    const doc = page('Harbour news: the week in pictures');
    expect(titleHeading(doc, 'Harbour news: fees will rise in spring')).toBeNull();
    expect(titleHeading(doc, null)).toBeNull();
  });
});
