import { browser } from 'wxt/browser';
import { mayHoldArticle } from '../article/may-hold-article';
import { isPageMessageType } from '../messaging/page-message-types';
import { sendToExtension } from '../messaging/transport';
import { benchMark } from './bench-mark';
import { addsMatching, watchForChanges } from './change-watcher';
import { bareReport } from './page-report-base';
import type { SessionHandoff } from './session-handoff';

/** A message that came while the page slept, answered once the session has taken over. */
interface Queued {
  raw: unknown;
  answer: (reply: Promise<unknown> | undefined) => void;
}

/**
 * Keeps a page that the gate turned away asleep, in Chromium's loader, without loading the page
 * session: its fetch, compile and evaluation, and its set-up, would cost such a page more than the
 * gate itself (README, issue 18, eighteenth session). The page is reported as not an article, as
 * the session would report it, and watched for what would make the session look again: new
 * paragraphs (content arriving late, an SPA render) or a same-document navigation, after which the
 * gate looks again; or a message for the page (the panel's), which the session must answer.
 * Resolves with the handoff for the session once the gate lets the page through or a message came;
 * never once `signal` aborts.
 */
export function sleepUntilArticle(
  doc: Document,
  signal: AbortSignal,
  mayHold: (doc: Document) => boolean = mayHoldArticle,
): Promise<SessionHandoff> {
  const win = doc.defaultView ?? window;
  const navigation = (win as { navigation?: EventTarget }).navigation;
  // Every Chromium the manifest admits has the Navigation API; without it, the session (which
  // looks at the address once a second there) starts at once.
  if (!navigation) return Promise.resolve({ gatePassed: false, takeOver: () => undefined });
  return new Promise((resolve) => {
    // Until the session takes over: the message listener and the page's leaving.
    const listening = new AbortController();
    // Until the page wakes: the looks at its changes and its address.
    const watching = new AbortController();
    const untilAwake = AbortSignal.any([signal, watching.signal]);
    const untilTakenOver = AbortSignal.any([signal, listening.signal]);
    const queued: Queued[] = [];
    let awake = false;

    const report = (): void => void sendToExtension(bareReport(doc, 'not-article'));

    const wake = (gatePassed: boolean): void => {
      if (awake) return;
      awake = true;
      watching.abort();
      resolve({
        gatePassed,
        takeOver(handle) {
          listening.abort();
          for (const { raw, answer } of queued.splice(0)) answer(handle(raw));
        },
      });
    };

    // The gate again: through, the session starts; still no article, the report's address and
    // title may have changed (the session, too, reports each look).
    const look = (): void => {
      if (mayHold(doc)) wake(true);
      else report();
    };

    const onMessage = (raw: unknown): Promise<unknown> | undefined => {
      if (!isPageMessageType(raw)) return undefined;
      const reply = new Promise<unknown>((answer) => queued.push({ raw, answer }));
      wake(false);
      return reply;
    };
    browser.runtime.onMessage.addListener(onMessage);
    untilTakenOver.addEventListener('abort', () =>
      browser.runtime.onMessage.removeListener(onMessage),
    );

    // As the session does: the panel must not go on showing this page once the tab has left it.
    win.addEventListener('pagehide', () => void sendToExtension({ type: 'pageLeft' }), {
      signal: untilTakenOver,
    });
    win.addEventListener('pageshow', (event) => event.persisted && report(), {
      signal: untilTakenOver,
    });

    watchForChanges(doc, (record) => addsMatching(record, 'p'), look, untilAwake);

    let url = doc.location.href;
    navigation.addEventListener(
      'currententrychange',
      () =>
        setTimeout(() => {
          if (untilAwake.aborted || doc.location.href === url) return;
          url = doc.location.href;
          look();
        }, 0),
      { signal: untilAwake },
    );

    benchMark('done');
    report();
  });
}
