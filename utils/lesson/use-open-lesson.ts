import { useEffect, useState } from 'react';
import type { Lesson } from './lesson-schema';
import { openLessons } from './open-lessons';

/** The lesson open in a tab's lesson page, or null for any other page. */
export function useOpenLesson(tabId: number | null): Lesson | null {
  const [lesson, setLesson] = useState<{ tabId: number; lesson: Lesson } | null>(null);
  useEffect(() => {
    if (tabId === null) return;
    const controller = new AbortController();
    const load = (): void =>
      void openLessons.get(tabId).then((found) => {
        if (!controller.signal.aborted) setLesson(found ? { tabId, lesson: found } : null);
      });
    load();
    openLessons.watch(tabId, load, controller.signal);
    return () => controller.abort();
  }, [tabId]);
  return lesson?.tabId === tabId ? lesson.lesson : null;
}
