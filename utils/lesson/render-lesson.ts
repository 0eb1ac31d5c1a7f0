import type { Lesson } from './lesson-schema';

/**
 * Renders the lesson's article into `root` as plain elements: a heading or a paragraph per block,
 * the text set with textContent so nothing in a lesson file ever reaches the DOM as HTML.
 */
export function renderLessonArticle(doc: Document, root: Element, lesson: Lesson): void {
  root.replaceChildren(
    ...lesson.article.blocks.map((block, i) => {
      // The article's own headline (its first heading, the title) is the page's h1.
      const headline = i === 0 && block.kind === 'heading' && block.text === lesson.article.title;
      const el = doc.createElement(headline ? 'h1' : block.kind === 'heading' ? 'h2' : 'p');
      el.textContent = block.text;
      return el;
    }),
  );
}

/** The line under the title: outlet, date and the address it was saved from, as text. */
export function lessonByline(lesson: Lesson): string {
  const { outlet, date, url } = lesson.article;
  return [outlet, date, url && `saved from ${url}`].filter(Boolean).join(' · ');
}
