// First: marks when the page session starts to run (for `npm run bench`).
import '@/utils/page/loaded-mark';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { startContentSession } from '@/utils/page/start-content-session';

// The page side of Sourcelight in Chromium, which the content script (entrypoints/content) imports
// as a module: see utils/page/load-page-session.ts for why it is a file of its own.
export default defineUnlistedScript({
  exclude: ['firefox'],
  main() {
    // A context of its own: a newer copy of this script (the extension updated) stops this one.
    const ctx = new ContentScriptContext('page-session', { noScriptStartedPostMessage: true });
    startContentSession(ctx.signal);
  },
});
