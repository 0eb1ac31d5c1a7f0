import { startPageSession } from '../page/page-session';
import { lessonAnalyser } from './lesson-analyser';
import { openLessons } from './open-lessons';
import { parseLesson } from './parse-lesson';
import { lessonByline, renderLessonArticle } from './render-lesson';

const byId = <T extends HTMLElement>(doc: Document, id: string): T => doc.getElementById(id) as T;

/**
 * The lesson page: opens a lesson file (picked or dropped), renders its snapshot as text and runs
 * the same page session as a live article on it, with the trainer's key as the analysis. A file
 * that is not a valid lesson shows why and leaves the open lesson as it was.
 */
export function startLessonPage(doc: Document, tabId: number | null): void {
  const error = byId<HTMLParagraphElement>(doc, 'lesson-error');
  let session: AbortController | null = null;

  const open = async (file: File): Promise<void> => {
    const parsed = await parseLesson(await file.text());
    if (!parsed.ok) {
      error.textContent = `${file.name}: ${parsed.error}`;
      error.hidden = false;
      return;
    }
    const lesson = parsed.value;
    error.hidden = true;
    session?.abort();
    session = new AbortController();
    // The lesson's id in the address: dismissals are remembered per lesson, not per page.
    history.replaceState(null, '', `?lesson=${encodeURIComponent(lesson.id)}`);
    doc.title = lesson.article.title || 'Sourcelight lesson';
    const title = byId(doc, 'lesson-title');
    title.textContent = lesson.article.title;
    // Most articles open with their headline: shown once, as the article's own first heading.
    const [first] = lesson.article.blocks;
    title.hidden = first?.kind === 'heading' && first.text === lesson.article.title;
    byId(doc, 'lesson-byline').textContent = lessonByline(lesson);
    const body = byId(doc, 'lesson-body');
    renderLessonArticle(doc, body, lesson);
    byId(doc, 'lesson-article').hidden = false;
    byId(doc, 'lesson-hint').hidden = true;
    if (tabId !== null) await openLessons.set(tabId, lesson);
    startPageSession(doc, session.signal, tabId, { analyse: lessonAnalyser(lesson, body) });
  };

  const input = byId<HTMLInputElement>(doc, 'lesson-file');
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (file) void open(file);
    input.value = '';
  });
  doc.addEventListener('dragover', (event) => event.preventDefault());
  doc.addEventListener('drop', (event) => {
    event.preventDefault();
    const file = event.dataTransfer?.files[0];
    if (file) void open(file);
  });
}
