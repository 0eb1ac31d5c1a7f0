import { listen } from '@/utils/messaging/transport';
import { parseMessage } from '@/utils/messaging/protocol';
import { planFromHtml } from '@/utils/background/find-article-in-html';
import { createEarlyPlans, earlyPlanKey } from '@/utils/background/early-plans';

// Chrome's offscreen document: parses copies of pages for the background (which has no DOM).
const early = createEarlyPlans(planFromHtml);

listen(
  (raw) => {
    const message = parseMessage(raw);
    return message?.type === 'findArticle' ||
      message?.type === 'parseArticleHtml' ||
      message?.type === 'takeEarlyPlan'
      ? message
      : null;
  },
  (message, sender) => {
    // A page's own request reaches this document too: planned now, answered by the background.
    if (message.type === 'findArticle') {
      early.add(earlyPlanKey(sender, message.requestId), message.html);
      return undefined;
    }
    if (message.type === 'takeEarlyPlan') return Promise.resolve(early.take(message.key));
    return Promise.resolve(planFromHtml(message.html));
  },
);
