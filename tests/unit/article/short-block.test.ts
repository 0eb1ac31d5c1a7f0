import { describe, expect, it } from 'vitest';
import { shortBlockText } from '@/utils/article/short-block';
import { makeDocument } from './dom';

const first = (html: string) => makeDocument(`<body>${html}</body>`).body.firstElementChild!;

describe('shortBlockText', () => {
  it('gives a short one-line block its text, whitespace squashed', () => {
    expect(shortBlockText(first('<p>  Posted:\n  <b>Monday</b>  </p>'), 100)).toBe(
      'Posted: Monday',
    );
  });

  it('reads a line broken by <br> as one block', () => {
    expect(shortBlockText(first('<div>Posted: Monday<br>Category: Harbour</div>'), 100)).toBe(
      'Posted: MondayCategory: Harbour',
    );
  });

  it('passes over a box holding paragraphs, and long or empty blocks', () => {
    expect(shortBlockText(first('<div><p>Subscribe.</p><p>More.</p></div>'), 100)).toBeNull();
    expect(shortBlockText(first(`<p>${'word '.repeat(40)}</p>`), 100)).toBeNull();
    expect(shortBlockText(first('<p>   </p>'), 100)).toBeNull();
    expect(shortBlockText(first('<span>Subscribe now</span>'), 100)).toBeNull();
  });
});
