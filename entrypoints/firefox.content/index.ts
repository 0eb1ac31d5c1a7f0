// First: marks when the script starts to run (for `npm run bench`).
import '@/utils/page/loaded-mark';
import { defineContentScript } from '#imports';
import { CONTENT_SCRIPT_OPTIONS } from '@/utils/page/content-script-options';
import { startContentSession } from '@/utils/page/start-content-session';
import { whenShown } from '@/utils/page/when-shown';
// Injected by the manifest as the page starts: adding it later would restyle the whole page.
import '~/assets/highlight.css';

// Firefox's content script carries the page session itself: the loader Chromium's build uses
// (utils/page/load-page-session.ts) was not measured in Firefox, and would cost a web-accessible
// file and a `web-ext lint` warning there (README, issue 18, thirteenth session).
export default defineContentScript({
  ...CONTENT_SCRIPT_OPTIONS,
  include: ['firefox'],
  // Chromium's loader waits for the same before it imports the page session.
  main: (ctx) => void whenShown(document, ctx.signal).then(() => startContentSession(ctx.signal)),
});
