import { browser } from 'wxt/browser';
import { LessonSchema, type Lesson } from './lesson-schema';

const key = (tabId: number): string => `lesson:${tabId}`;

/**
 * The lesson open in each lesson-page tab, in storage.session: the panel reads the key's notes, id
 * and hash from here (the page report carries only the analysis, as for any page).
 */
export const openLessons = {
  async get(tabId: number): Promise<Lesson | null> {
    const raw = (await browser.storage.session.get(key(tabId)))[key(tabId)];
    const parsed = LessonSchema.safeParse(raw);
    return parsed.success ? parsed.data : null;
  },
  async set(tabId: number, lesson: Lesson): Promise<void> {
    await browser.storage.session.set({ [key(tabId)]: lesson });
  },
  /** Calls back when the lesson of a tab changes, until the signal aborts. */
  watch(tabId: number, callback: () => void, signal: AbortSignal): void {
    const listener = (changes: Record<string, unknown>, area: string): void => {
      if (area === 'session' && key(tabId) in changes) callback();
    };
    browser.storage.onChanged.addListener(listener);
    signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener));
  },
};
