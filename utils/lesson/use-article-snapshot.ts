import { useEffect, useState } from 'react';
import type { Lesson, LessonArticle } from './lesson-schema';
import { requestSnapshot } from './request-snapshot';

/**
 * The article's text, title and outlet for the panel (the tab state carries only the findings):
 * a lesson's own snapshot, or the live page's, asked once per analysis. Null until it answers,
 * or when the page cannot (the bundled demo).
 */
export function useArticleSnapshot(
  tabId: number,
  lesson: Lesson | null,
  /** When the tab was last analysed; null while the panel shows nothing that needs the text. */
  analysedAt: number | null,
): LessonArticle | null {
  const [snapshot, setSnapshot] = useState<{ at: string; article: LessonArticle } | null>(null);
  const at = `${tabId}:${analysedAt}`;
  useEffect(() => {
    if (lesson || analysedAt === null) return;
    let live = true;
    void requestSnapshot(tabId).then((article) => {
      if (live && article) setSnapshot({ at, article });
    });
    return () => {
      live = false;
    };
  }, [tabId, lesson, at, analysedAt]);
  if (lesson) return lesson.article;
  return snapshot?.at === at ? snapshot.article : null;
}
