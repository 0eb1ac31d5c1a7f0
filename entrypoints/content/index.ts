// First: marks when the script starts to run (for `npm run bench`).
import '@/utils/page/loaded-mark';
import { defineContentScript } from '#imports';
import { startPageSession } from '@/utils/page/page-session';
// Injected by the manifest as the page starts: adding it later would restyle the whole page.
import '~/assets/highlight.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // WXT would also announce the script to the page with `window.postMessage`: every message
  // listener of the page would run for it, and the page could tell Sourcelight is installed.
  noScriptStartedPostMessage: true,
  main(ctx) {
    startPageSession(document, ctx.signal, null, {
      highlightStyleInjected: true,
      settingsPushed: true,
    });
  },
});
