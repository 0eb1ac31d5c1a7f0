import { defineContentScript } from '#imports';
import { CONTENT_SCRIPT_OPTIONS } from '@/utils/page/content-script-options';
import { loadPageSession } from '@/utils/page/load-page-session';
// Injected by the manifest as the page starts: adding it later would restyle the whole page.
import '~/assets/highlight.css';

// Chromium's content script: a loader of the page session (utils/page/load-page-session.ts).
export default defineContentScript({
  ...CONTENT_SCRIPT_OPTIONS,
  exclude: ['firefox'],
  main: (ctx) => loadPageSession(ctx.signal),
});
