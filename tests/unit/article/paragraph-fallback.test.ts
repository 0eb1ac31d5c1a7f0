import { describe, expect, it } from 'vitest';
import { extractArticleText } from '@/utils/article/article-text';
import { densestParagraphContainer } from '@/utils/article/paragraph-fallback';
import { makeDocument } from './dom';

const long = (i: number) =>
  `Paragraph ${i} tells how the ferry crew, the harbour board and the town council argued for a year about the second berth.`;
const links = '<li><a href="/x">A link to another story on the site</a></li>'.repeat(6);

describe('the fallback when Readability keeps a scrap', () => {
  it('reads every paragraph of a story whose paragraphs each sit beside a list of links', () => {
    // Readability keeps one paragraph and its links here (under its 500-character threshold).
    const body = Array.from(
      { length: 6 },
      (_, i) => `<div><p>${long(i)}</p><ul>${links}</ul></div>`,
    );
    const text = extractArticleText(
      makeDocument(`<html><head><title>Berth</title></head><body>${body.join('')}</body></html>`),
    )!;
    for (let i = 0; i < 6; i++) expect(text).toContain(`Paragraph ${i} tells how`);
    expect(text).not.toContain('A link to another story');
  });

  it('picks the container with the most long-paragraph text', () => {
    const doc = makeDocument(`<body>
      <div id="teasers"><p>${long(9)}</p></div>
      <div id="story"><p>${long(1)}</p><p>${long(2)}</p><p>Short line.</p><p>${long(3)}</p></div>
    </body>`);
    expect(densestParagraphContainer(doc.body)?.id).toBe('story');
  });

  it('does not count blurbs in list items or paragraphs inside furniture', () => {
    const items = [1, 2, 3, 4].map((i) => `<li><p>${long(i)}</p></li>`).join('');
    const doc = makeDocument(`<body><ul>${items}</ul>
      <div class="comments"><p>${long(5)}</p><p>${long(6)}</p><p>${long(7)}</p></div></body>`);
    expect(densestParagraphContainer(doc.body)).toBeNull();
  });

  it('finds no article in a page of short lines', () => {
    const doc = makeDocument(
      `<body><div>${'<p>Opening hours and prices.</p>'.repeat(20)}</div></body>`,
    );
    expect(densestParagraphContainer(doc.body)).toBeNull();
    expect(extractArticleText(doc)).toBeNull();
  });

  it('finds the box holding all paragraphs when each sits in wrappers of its own', () => {
    const wrapped = [1, 2, 3, 4]
      .map((i) => `<div class="component"><div class="text"><p>${long(i)}</p></div></div>`)
      .join('');
    const doc = makeDocument(
      `<body><div id="body">${wrapped}</div><div id="aside"><p>${long(8)}</p></div></body>`,
    );
    expect(densestParagraphContainer(doc.body)?.id).toBe('body');
  });

  it('reads a post whose box is named after its categories, when it holds most of the prose', () => {
    // WordPress adds "category-<slug>" to the post's box: here a slug with a furniture word in it.
    const paragraphs = [1, 2, 3].map((i) => `<p>${long(i)}</p>`).join('');
    const doc = makeDocument(`<body>
      <article id="post" class="post category-social-issues">${paragraphs}</article>
      <div class="social"><p>${long(7)}</p></div></body>`);
    expect(densestParagraphContainer(doc.body)?.id).toBe('post');
  });

  it('counts text written with line breaks instead of paragraphs, inside a box named "date-…"', () => {
    // Blog engines put the post in boxes such as "date-outer" (the day's posts), and write its
    // paragraphs as runs of text between <br>s.
    const runs = [1, 2, 3].map((i) => `${long(i)}<br><br>`).join('');
    const doc = makeDocument(`<body><div class="date-outer"><div id="post">
      <h3>Berth</h3>${runs}<em>More</em> text ${long(4)}</div></div>
      <div class="sidebar"><p>${long(8)}</p></div></body>`);
    expect(densestParagraphContainer(doc.body)?.id).toBe('post');
  });

  it('counts one-sentence paragraphs, but not short labels that are no sentence', () => {
    const sentences = [1, 2, 3, 4, 5, 6]
      .map((i) => `<p>Crew member ${i} said the ferry left the berth late again.</p>`)
      .join('');
    const labels = [1, 2, 3, 4, 5, 6]
      .map((i) => `<p>Ferry timetable ${i} — summer season, weekdays and weekends</p>`)
      .join('');
    const doc = makeDocument(
      `<body><div id="labels">${labels}</div><div id="story">${sentences}</div></body>`,
    );
    expect(densestParagraphContainer(doc.body)?.id).toBe('story');
    doc.getElementById('story')!.remove();
    expect(densestParagraphContainer(doc.body)).toBeNull();
  });

  it('counts one-sentence paragraphs that end with another script’s full stop', () => {
    const sentences = [1, 2, 3, 4, 5, 6]
      .map((i) => `<p>नौका दल के सदस्य ${i} ने कहा कि नाव आज फिर देर से निकली।</p>`)
      .join('');
    const doc = makeDocument(`<body><div id="story">${sentences}</div></body>`);
    expect(densestParagraphContainer(doc.body)?.id).toBe('story');
  });
});
