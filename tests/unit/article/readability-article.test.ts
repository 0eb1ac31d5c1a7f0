import { describe, expect, it } from 'vitest';
import { extractArticle, extractArticleText } from '@/utils/article/article-text';
import { cloneForParsing } from '@/utils/article/clone-for-parsing';
import { rangeForOffsets } from '@/utils/article/offset-range';
import { mapToLive } from '@/utils/article/readability-article';
import { makeDocument } from './dom';

const para = (lead: string) =>
  `<p>${lead} The council said the new berth would cost more than the old one, and the board agreed to look again in spring.</p>`;

const page = `<html><head><title>Ferry berth plan delayed</title></head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<div class="breadcrumbs"><a href="/">Home</a> › <a href="/news">News</a></div>
<main><article>
  <h1>Ferry berth plan delayed</h1>
  <p class="standfirst">A decision on the second berth is pushed back to the spring.</p>
  <div class="post-byline">By Ann Example, Harbour reporter</div>
  <p class="jg-published">Published: 10:48, Tuesday</p>
  <div class="entry-content no-share">
    ${para('First.')}
    <figure><img src="x.jpg" alt=""><figcaption>The old berth at dawn. Photo: Some Agency</figcaption></figure>
    ${para('Second, with <em>“a quoted phrase”</em> inside.')}
    <blockquote><p>“We will not rush this,” the chair said in a statement to the board.</p></blockquote>
    <div class="share-bar"><a href="#">Share on social media</a></div>
    ${para('Third.')}
    <p><em>Read more:</em> <a href="/other">Harbour dues to rise next year</a></p>
    ${para('Fourth.')}
  </div>
  <div class="related-stories"><h3>See more</h3><ul><li><a href="/a">Another story about boats</a></li></ul></div>
</article></main>
<footer><p>All rights reserved by the example paper, the whole site and its parts.</p></footer>
</body></html>`;

describe('extractArticle (Readability on a clone, mapped back to the page)', () => {
  it('keeps headings, standfirst, paragraphs and block quotes, one paragraph per line', () => {
    const text = extractArticleText(makeDocument(page))!;
    const lines = text.split('\n');
    // Readability drops the heading that repeats the title; it is read back from the page.
    expect(lines[0]).toBe('Ferry berth plan delayed');
    expect(lines).toContain('A decision on the second berth is pushed back to the spring.');
    expect(text).toContain('Second, with “a quoted phrase” inside.');
    expect(text).toContain('“We will not rush this,” the chair said in a statement to the board.');
    expect(lines.filter((l) => l.startsWith('Fourth.'))).toHaveLength(1);
  });

  it('leaves out bylines, timestamps, captions, share bars, teaser links, related stories, breadcrumbs, footer', () => {
    const text = extractArticleText(makeDocument(page))!;
    for (const furniture of [
      'Ann Example',
      'Photo: Some Agency',
      'Share on',
      'Another story',
      '›',
      'All rights',
    ]) {
      expect(text).not.toContain(furniture);
    }
  });

  it('keeps link-only points of a list written as prose, and linked section headings among plain ones', () => {
    const point = (n: string) =>
      `<li>The ferry crew fixed <a href="/t/${n}">ticket ${n}</a>, which stopped the gangway alarm from sounding at night.</li>`;
    const doc = makeDocument(
      `<main><article><h1>Harbour log, week 12</h1>${para('One.')}` +
        `<h4>Moorings</h4><ul>${point('41')}<li><a href="/y">Our year at the harbour, in pictures</a></li>` +
        `<li>Still open:<ul><li><a href="/t/44">Ticket 44 – Buoy light flickers</a></li></ul></li></ul>` +
        `<h4><a href="/wiki/fuel">Fuel dock</a></h4><ul>${point('42')}${point('43')}</ul>${para('Two.')}` +
        `<div class="more-reading"><h4><a href="/a">Pier reopens after storm</a></h4><h4><a href="/b">New ferry named</a></h4>` +
        `<ul><li><a href="/c">Tide tables for the week ahead</a></li><li><a href="/d">Letters to the harbour master</a></li></ul></div>` +
        `${para('Three.')}</article></main>`,
    );
    const text = extractArticleText(doc)!;
    expect(text).toContain('Our year at the harbour, in pictures');
    expect(text).toContain('Ticket 44 – Buoy light flickers');
    expect(text.split('\n')).toContain('Fuel dock');
    // Headlines and a list that are links throughout are still other stories.
    for (const teaser of ['Pier reopens', 'New ferry named', 'Tide tables', 'Letters to']) {
      expect(text).not.toContain(teaser);
    }
  });

  it('keeps a box named like furniture when it holds most of the article', () => {
    const doc = makeDocument(
      `<main><article class="post author-sarah">${para('One.')}${para('Two.')}${para('Three.')}</article></main>`,
    );
    expect(extractArticleText(doc)?.split('\n')).toHaveLength(3);
  });

  it('leaves out an author box that Readability flattens to a bare heading', () => {
    // Readability merges nested one-child boxes and keeps the outer box's class only: the <h5>
    // ends up in "reading-wrapper", with the "authors" name gone from what it kept.
    const box = `<div class="full authors"><div class="inlineblock"><img alt="" src="a.jpg"><h5>Ann Example</h5></div></div>`;
    const doc = makeDocument(
      `<main><div class="post">${para('One.')}${para('Two.')}${para('Three.')}` +
        `<div class="reading-wrapper"><div class="blog-detail">${box}</div></div></div></main>`,
    );
    const text = extractArticleText(doc)!;
    expect(text).toContain('Three.');
    expect(text).not.toContain('Ann Example');
  });

  it('reads every story of an infinite-scroll feed, in page order', () => {
    const doc = makeDocument(
      `<main id="feed"><article><h2>Ferry</h2>${para('Ferry one.')}${para('Ferry two.')}</article>` +
        `<article><h2>Bridge</h2>${para('Bridge one.')}${para('Bridge two.')}${para('Bridge three.')}</article></main>`,
    );
    const { map, roots } = extractArticle(doc)!;
    expect(map.text.indexOf('Ferry one.')).toBeGreaterThan(-1);
    expect(map.text.indexOf('Ferry one.')).toBeLessThan(map.text.indexOf('Bridge one.'));
    expect(roots).toHaveLength(2);
  });

  it('never changes the page', () => {
    const doc = makeDocument(page);
    const before = doc.documentElement.outerHTML;
    expect(extractArticle(doc)).not.toBeNull();
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('maps the text onto the live page, so ranges land in the document itself', () => {
    const doc = makeDocument(page);
    const { map, roots } = extractArticle(doc)!;
    expect(roots[0]?.ownerDocument).toBe(doc);
    expect(roots[0]?.isConnected).toBe(true);
    for (const phrase of ['“a quoted phrase”', 'We will not rush this', 'look again in spring']) {
      const start = map.text.indexOf(phrase);
      const range = rangeForOffsets(map, start, start + phrase.length)!;
      expect(range.startContainer.ownerDocument).toBe(doc);
      expect(range.toString()).toBe(phrase);
    }
  });

  it('maps back nodes made anew (Readability rebuilds the page from HTML when it retries)', () => {
    const doc = makeDocument(`<body><div id="menu"><p>Tuesday</p></div><div id="story">
      ${para('Tuesday')}${para('Then.')}${para('Tuesday')}</div></body>`);
    const parsing = cloneForParsing(doc);
    // What a retry hands back: the same markup, every node new.
    const content = parsing.clone.createElement('div');
    content.innerHTML = parsing.clone.querySelector('#story')!.innerHTML;
    const { map } = mapToLive(content, parsing)!;
    const story = doc.getElementById('story')!;
    const tuesdays = [...map.text.matchAll(/Tuesday/g)].map((m) => m.index);
    expect(tuesdays).toHaveLength(2);
    for (const start of tuesdays) {
      const range = rangeForOffsets(map, start, start + 'Tuesday'.length)!;
      // Matched in order to the story's own nodes, not to the menu's "Tuesday".
      expect(story.contains(range.startContainer)).toBe(true);
      expect(range.toString()).toBe('Tuesday');
    }
    const second = rangeForOffsets(map, tuesdays[1]!, tuesdays[1]! + 7)!;
    expect(second.startContainer).toBe(story.querySelectorAll('p')[2]!.firstChild);
  });

  it('finds no article on a listing', () => {
    const rows = Array.from({ length: 500 }, (_, i) => `<li><a href="/i/${i}">Item ${i}</a></li>`);
    expect(extractArticleText(makeDocument(`<main><ul>${rows.join('')}</ul></main>`))).toBeNull();
  });
});
