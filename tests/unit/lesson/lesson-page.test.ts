import { describe, expect, it } from 'vitest';
import { buildTextMap } from '@/utils/article/text-map';
import { lessonText } from '@/utils/lesson/lesson-schema';
import { pageSnapshot, snapshotBlocks } from '@/utils/lesson/page-snapshot';
import { renderLessonArticle } from '@/utils/lesson/render-lesson';
import { makeDocument } from '../article/dom';
import { makeLesson } from './lesson-fixture';

describe('page snapshot', () => {
  it('makes a block per line of the article text, headings marked, joining back to the text', () => {
    const doc = makeDocument(`<html><head><title>T</title>
      <meta property="og:site_name" content="The Test Gazette">
      <meta property="article:published_time" content="2026-11-02"></head>
      <body><article><h1>A  title</h1><p>First   <b>para</b>graph.</p>
      <h2>Sub</h2><p>Second.</p></article></body></html>`);
    const map = buildTextMap(doc.querySelector('article')!);
    const blocks = snapshotBlocks(map);
    expect(blocks).toEqual([
      { kind: 'heading', text: 'A title' },
      { kind: 'paragraph', text: 'First paragraph.' },
      { kind: 'heading', text: 'Sub' },
      { kind: 'paragraph', text: 'Second.' },
    ]);
    expect(blocks.map((b) => b.text).join('\n')).toBe(map.text);
    expect(pageSnapshot(doc, map)).toMatchObject({
      title: 'T',
      outlet: 'The Test Gazette',
      date: '2026-11-02',
      url: 'http://127.0.0.1/',
    });
  });

  it('renders a lesson as text only, giving back exactly the saved text', async () => {
    const lesson = await makeLesson();
    lesson.article.blocks[2] = { kind: 'paragraph', text: '<img src=x onerror=alert(1)> is text' };
    const doc = makeDocument('<html><body><div id="root"></div></body></html>');
    const root = doc.getElementById('root')!;
    renderLessonArticle(doc, root, lesson);
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelectorAll('h1, h2, p')).toHaveLength(3);
    expect(root.querySelector('h1')?.textContent).toBe(lesson.article.title);
    expect(buildTextMap(root).text).toBe(lessonText(lesson.article));
  });
});
