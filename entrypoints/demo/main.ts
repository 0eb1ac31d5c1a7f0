import { browser } from 'wxt/browser';
import { startPageSession } from '@/utils/page/page-session';

// Content scripts do not run on extension pages, so the demo article starts the same page session itself.
void browser.tabs.getCurrent().then((tab) => {
  startPageSession(document, new AbortController().signal, tab?.id ?? null);
});
