import { browser } from 'wxt/browser';
import { startLessonPage } from '@/utils/lesson/lesson-page';

// Content scripts do not run on extension pages: like the demo, the lesson page starts its session.
void browser.tabs.getCurrent().then((tab) => startLessonPage(document, tab?.id ?? null));
