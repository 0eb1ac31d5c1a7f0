import { benchMark } from './bench-mark';
import { createCssHighlighter, supportsCssHighlights } from '../highlight/css-highlighter';
import type { Highlighter } from '../highlight/highlighter';
import type { PageStatus } from '../messaging/page-report';
import { listen, sendToExtension } from '../messaging/transport';
import { OPEN_PANEL_HINT, panelOpened } from '../messaging/show-in-panel-reply';
import { reportPage } from './report-page';
import { highlightGroups } from './highlight-groups';
import { parsePageMessage, type PageMessage } from '../messaging/page-messages';
import { watchSettings, type Settings } from '../settings/settings';
import { addsMatching, watchForChanges } from './change-watcher';
import { describeFinding } from './describe-finding';
import { enclosingFindings, OUTER_LABELS } from './enclosing-findings';
import { saveDismissed } from './dismissed-store';
import { createFindingCard, type FindingCard } from './finding-card';
import { trackPointer } from './pointer-tracker';
import { analyseArticle, type AnalysedArticle, type FirstLook } from './analyse-article';
import { selectedPassage } from './selected-passage';
import { yieldToPage } from './yield-to-page';
import { pageSnapshot } from '../lesson/page-snapshot';
import type { SessionHandoff } from './session-handoff';

/** How long finding and analysing an article runs before the panel is told it is loading. */
const LOADING_AFTER_MS = 300;

/**
 * Every browser the manifest admits (Chrome 132+, Firefox 140+) has CSS.highlights; one without it
 * gets no highlights rather than marks written into the page's DOM (the panel still lists all).
 */
const NO_HIGHLIGHTS: Highlighter = { show() {}, flash() {}, clear() {} };

/** What a page other than a live article (a lesson file's page) gives the session instead. */
export interface PageSessionOptions {
  /** Replaces finding and analysing the article (a lesson brings its article and its key). */
  analyse?: typeof analyseArticle;
  /** The page already has the highlight stylesheet (the content script's manifest injects it). */
  highlightStyleInjected?: boolean;
  /**
   * The background tells the page when the settings change (`pushSettingsChanges`), as it does a
   * content script's: the page does not watch storage itself.
   */
  settingsPushed?: boolean;
  /**
   * Chromium's loader ran the gate before loading the session (`session-handoff.ts`): its first
   * look at the page starts past it, and it takes over the loader's message listener.
   */
  handoff?: SessionHandoff | null;
}

/**
 * The page side of Sourcelight, for a content script or the bundled demo page: finds the article,
 * analyses it, highlights what it found, reports to the extension and follows the page's changes.
 * Everything stops when `signal` aborts (WXT's ctx, when the extension is updated or removed).
 */
export function startPageSession(
  doc: Document,
  signal: AbortSignal,
  tabId: number | null = null,
  options: PageSessionOptions = {},
): void {
  const analyseThePage = options.analyse ?? analyseArticle;
  const handoff = options.handoff ?? null;
  // Marks for `npm run bench`: start → highlighted (article) or start → done (any page); where
  // the loader started and ran the gate, the session's start is a step of its own.
  benchMark(handoff ? 'session-start' : 'start');
  // Passed once, for the first look only: a later one (a change, a navigation) gates again and
  // copies the page itself.
  let first: FirstLook | null = handoff;
  // Made on first use: a page that is not an article never needs one.
  let highlighterInstance: Highlighter | null = null;
  const highlighter = (): Highlighter =>
    (highlighterInstance ??= supportsCssHighlights()
      ? createCssHighlighter(doc, signal, options.highlightStyleInjected)
      : NO_HIGHLIGHTS);
  // Made on first use: most pages never show a card.
  let cardInstance: FindingCard | null = null;
  const card = (): FindingCard => (cardInstance ??= createFindingCard(doc));
  // Filled in by the background's reply; until then nothing is drawn and no card shown.
  let settings: Settings | null = null;
  let current: AnalysedArticle | null = null;
  let dismissed = new Set<string>();
  let visible = true;
  // The "spot it yourself" exercise: findings stay hidden, the reader's selections are shown.
  let exercise = false;
  let selections: { start: number; end: number }[] = [];
  // Preparing a lesson: the reader's selections go to the panel, to add findings to the key.
  let picking = false;
  let url = location.href;

  // What the tab's state says of this page, as it last told the background (or the background
  // recorded for it): told again when the page comes back from the back/forward cache.
  let told: { status: PageStatus; error: string | null } | null = null;
  const report = (status: PageStatus, error: string | null = null): void => {
    told = { status, error };
    void reportPage(doc, {
      status,
      article: current,
      dismissed,
      highlightsVisible: visible,
      error,
    });
  };

  const render = (): void => {
    const groups = highlightGroups({
      article: current,
      settings,
      visible,
      exercise,
      dismissed,
      selections,
    });
    // Highlights are drawn outside the DOM (CSS.highlights): the change watcher sees nothing of it.
    highlighter().show(groups);
  };

  // Settings only change what is drawn on an article (or whether its site is switched off), and the
  // first touch of `storage` costs a content script several ms: a content script never pays (the
  // background tells it), an extension page only once it has an article.
  let followingSettings = options.settingsPushed === true;
  const followSettings = (): void => {
    if (followingSettings) return;
    followingSettings = true;
    watchSettings(() => void analyse(), signal);
  };

  let generation = 0;
  const analyse = async (): Promise<void> => {
    const run = ++generation;
    const isStale = (): boolean => run !== generation || signal.aborted;
    try {
      url = location.href;
      // The panel shows "loading" only for a first analysis, not while a changed page is redone,
      // and only when it takes a while: each message costs the page's main thread (issue 18).
      let loading: number | undefined;
      const firstLook = first ?? undefined;
      first = null;
      const found = await analyseThePage(
        doc,
        isStale,
        () => {
          if (current !== null) return;
          loading = window.setTimeout(() => isStale() || report('loading'), LOADING_AFTER_MS);
        },
        firstLook,
      ).finally(() => clearTimeout(loading));
      if (found === 'stale') return;
      if (found) followSettings();
      if (found && 'disabled' in found) {
        settings = found.disabled;
        current = null;
        highlighterInstance?.clear();
        return report('disabled');
      }
      current = found;
      if (!current) {
        highlighterInstance?.clear();
        benchMark('done');
        return report('not-article');
      }
      followReader();
      settings = current.settings;
      dismissed = current.dismissed;
      render();
      benchMark('highlighted');
      // The background recorded this analysis as the page would report it: nothing to send,
      // unless the reader has hidden the highlights (it records them shown).
      told = { status: 'article', error: null };
      if (!current.recorded || !visible) {
        await yieldToPage();
        if (isStale()) return;
        report('article');
      }
      benchMark('done');
    } catch (error) {
      if (!isStale()) report('error', error instanceof Error ? error.message : String(error));
    }
  };

  const reveal = (findingId: string): void => {
    const range = current?.ranges.get(findingId);
    if (!range) return;
    const el = range.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    highlighter().flash(range);
  };

  const setDismissed = async (findingId: string, on: boolean): Promise<void> => {
    const finding = current?.findings.find((f) => f.id === findingId);
    if (!finding) return;
    if (on) dismissed.add(finding.key);
    else dismissed.delete(finding.key);
    await saveDismissed(location.href, dismissed);
    render();
    report('article');
  };

  const handle = (message: PageMessage): Promise<unknown> | undefined => {
    if ('tabId' in message && tabId !== null && message.tabId !== null && message.tabId !== tabId) {
      return undefined;
    }
    if (message.type === 'revealFinding') reveal(message.findingId);
    else if (message.type === 'setDismissed')
      void setDismissed(message.findingId, message.dismissed);
    else if (message.type === 'reanalyze') void analyse();
    else if (message.type === 'setPassagePicking') picking = message.on;
    else if (message.type === 'getSnapshot') {
      return Promise.resolve(current ? pageSnapshot(doc, current.map) : null);
    } else if (message.type === 'setExerciseMode') {
      exercise = message.on;
      // A new round starts clean; the end of one keeps the reader's marks to compare.
      if (message.on) selections = [];
      cardInstance?.hide();
      render();
    } else if (message.type === 'showSelections') {
      selections = message.spans;
      render();
    } else if (message.type === 'setHighlightsVisible') {
      visible = message.visible;
      render();
      report(current ? 'article' : 'not-article');
    }
    return undefined;
  };

  const lookAgain = watchForChanges(
    doc,
    (record) => {
      if (cardInstance?.host.contains(record.target)) return false;
      if (current?.roots.some((r) => !r.isConnected || r.contains(record.target))) return true;
      // New prose (content arriving late, an SPA render) or a further article (infinite scroll).
      return addsMatching(record, current ? 'article, [itemprop="articleBody"]' : 'p');
    },
    () => void analyse(),
    signal,
  );
  // The page changed between the loader's copy and this watcher: looked at again, as it would have
  // been had the watcher been there.
  if (handoff?.early?.changed()) lookAgain();

  // The reader's pointer and selections matter only on an article: a page that is not one gets no
  // listeners (a mouse move would otherwise queue a frame callback on it, for nothing).
  let followingReader = false;
  const followReader = (): void => {
    if (followingReader) return;
    followingReader = true;
    trackPointer(
      doc,
      () => (current ? { ...current, rangeOf: (id) => current?.ranges.get(id) ?? null } : null),
      (finding, rect, clicked) => {
        const description = current && finding ? describeFinding(current.analysis, finding) : null;
        if (exercise || !finding || !rect || !description || (!clicked && !settings?.hoverCards)) {
          // Moving onto the card, or clicking inside it, must not close it.
          if (cardInstance && !cardInstance.host.matches(':hover')) cardInstance.hide();
          return;
        }
        void sendToExtension({ type: 'findingSelected', tabId, findingId: finding.id });
        const actions = (id: string) => ({
          showInPanel: () =>
            void sendToExtension({ type: 'showInPanel', findingId: id }).then((reply) => {
              // The finding is selected for the panel either way; the reader has to open it.
              if (!panelOpened(reply)) cardInstance?.note(OPEN_PANEL_HINT);
            }),
          dismiss: () => {
            card().hide();
            void setDismissed(id, true);
          },
        });
        // Findings enclosing this one (the quote around a vague source) are stacked under it.
        const article = current;
        const outer = (article ? enclosingFindings(article.findings, finding) : []).flatMap((f) => {
          const d = article && describeFinding(article.analysis, f);
          return d
            ? [{ description: d, actions: actions(f.id), labels: OUTER_LABELS[f.kind] }]
            : [];
        });
        card().show([{ description, actions: actions(finding.id) }, ...outer], rect);
      },
      signal,
    );
    doc.addEventListener(
      'mouseup',
      () => {
        if ((exercise || picking) && current) {
          const passage = selectedPassage(doc, current.map);
          if (passage) void sendToExtension({ type: 'passageSelected', tabId, ...passage });
        }
      },
      { signal },
    );
  };

  listen(parsePageMessage, handle, signal);
  // What came while the page slept (the loader listened), answered now that this one listens.
  handoff?.takeOver((raw) => {
    const message = parsePageMessage(raw);
    // The session analyses the page as it starts: a request to analyse again needs no second run.
    return message && message.type !== 'reanalyze' ? handle(message) : undefined;
  });
  // Leaving (to another page in this tab, or into the back/forward cache): what the tab shows is
  // not this page any more, and the panel must not go on showing it beside a page Sourcelight does
  // not run on (the browser's own pages, about:blank).
  window.addEventListener('pagehide', () => void sendToExtension({ type: 'pageLeft' }), {
    signal,
  });
  // Back (or forward) to this page from the cache: the page is shown as it was, but the tab's
  // state is the page the reader left, whose claims and sources the panel would show beside this
  // article. The page says again what it is.
  window.addEventListener(
    'pageshow',
    (event) => {
      if (event.persisted && told) report(told.status, told.error);
    },
    { signal },
  );
  // SPA navigations (history API) change the URL without a load: analyse the new page.
  const onLocationChange = (): void => {
    if (location.href !== url) void analyse();
  };
  const navigation = (window as { navigation?: EventTarget }).navigation;
  let poll: ReturnType<typeof setInterval> | undefined;
  if (navigation) {
    // The Navigation API tells of every same-document navigation (pushState, replaceState, back)
    // as it happens: no timer wakes the tab. Run after the page's own task, which usually renders
    // the new story right after changing the URL.
    navigation.addEventListener('currententrychange', () => setTimeout(onLocationChange, 0), {
      signal,
    });
  } else {
    // Elsewhere the URL is looked at once a second (and on popstate).
    window.addEventListener('popstate', onLocationChange, { signal });
    poll = setInterval(onLocationChange, 1000);
  }
  signal.addEventListener('abort', () => {
    clearInterval(poll);
    highlighterInstance?.clear();
    cardInstance?.hide();
  });

  void analyse();
}
