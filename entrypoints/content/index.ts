// First: marks when the script starts to run (for `npm run bench`).
import '@/utils/page/loaded-mark';
import { defineContentScript } from '#imports';
import { startPageSession } from '@/utils/page/page-session';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    startPageSession(document, ctx.signal);
  },
});
