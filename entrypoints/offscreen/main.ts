import { listen } from '@/utils/messaging/transport';
import { parseMessage } from '@/utils/messaging/protocol';
import { planFromHtml } from '@/utils/background/find-article-in-html';

// Chrome's offscreen document: parses copies of pages for the background (which has no DOM).
listen(
  (raw) => {
    const message = parseMessage(raw);
    return message?.type === 'parseArticleHtml' ? message : null;
  },
  (message) => Promise.resolve(planFromHtml(message.html)),
);
