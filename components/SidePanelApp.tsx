import { useEffect, useMemo, useState, lazy, Suspense } from 'react';
import { findingsOf } from '@/utils/page/findings';
import { sendToPage } from '@/utils/messaging/transport';
import { setSiteEnabled } from '@/utils/settings/site-switch';
import { pageStatusText } from '@/utils/panel/page-status-text';
import { useActiveTab } from '@/utils/panel/use-active-tab';
import { ALL_FINDINGS, applyFilter, speakersOf } from '@/utils/panel/panel-filter';
import { onArrowNavigation } from '@/utils/panel/arrow-navigation';
import { PanelStatus } from './PanelStatus';
import { PanelFooter } from './PanelFooter';
import { PanelHeader } from './PanelHeader';
import { FilterBar } from './FilterBar';
import { ClaimsSection } from './ClaimsSection';
import { TermsSection } from './TermsSection';
import { SourcingSection } from './SourcingSection';
import { IndependentSources } from './sources/IndependentSources';
import { OutletProfile } from './sources/OutletProfile';
import { linkQuotesToSources } from '@/utils/panel/link-quotes-to-sources';
import { factChecksByQuote } from '@/utils/factchecks/describe-fact-check';
import { ModeTabs } from './trainer/ModeTabs';
import { ModePanel } from './trainer/ModePanel';
// The trainer modes load on first use: the Findings view is what the panel must show fast.
const Walkthrough = lazy(() =>
  import('./trainer/Walkthrough').then((m) => ({ default: m.Walkthrough })),
);
const Exercise = lazy(() => import('./trainer/Exercise').then((m) => ({ default: m.Exercise })));
const ReportExport = lazy(() =>
  import('./trainer/ReportExport').then((m) => ({ default: m.ReportExport })),
);
import type { PanelMode } from './trainer/panel-modes';
// Classroom (issue 16): on a lesson page the panel knows the lesson (its key notes, id and hash).
import { useOpenLesson } from '@/utils/lesson/use-open-lesson';
import { useArticleSnapshot } from '@/utils/lesson/use-article-snapshot';
import { claimNumbers } from '@/utils/panel/claim-numbers';
import { lessonText } from '@/utils/lesson/lesson-schema';
const SaveLesson = lazy(() =>
  import('./trainer/SaveLesson').then((m) => ({ default: m.SaveLesson })),
);
const NO_DISMISSALS: ReadonlySet<string> = new Set();

/** The side panel: the active tab's claims, loaded terms, sourcing and independent sources. */
export function SidePanelApp() {
  const { tabId, loading, state, selected } = useActiveTab();
  const lesson = useOpenLesson(tabId);
  const [filter, setFilter] = useState(ALL_FINDINGS);
  const [mode, setMode] = useState<PanelMode>('findings');
  const [presenter, setPresenter] = useState(false);
  // Asked only where the panel shows it: sentences in the walkthrough, words around terms.
  const article = useArticleSnapshot(
    tabId ?? -1,
    lesson,
    mode === 'walkthrough' || mode === 'findings' ? (state?.updatedAt ?? 0) : null,
  );
  const articleText = useMemo(() => (article ? lessonText(article) : null), [article]);
  const report = state?.report ?? null;
  const analysis = report?.analysis ?? null;

  const keys = useMemo(
    () => new Map((analysis ? findingsOf(analysis) : []).map((f) => [f.id, f.key])),
    [analysis],
  );
  const dismissed = useMemo(() => new Set(report?.dismissed ?? []), [report]);
  const factChecks = useMemo(() => factChecksByQuote(state?.factChecks), [state]);
  const claimNumberOf = useMemo(() => claimNumbers(analysis?.quotes ?? []), [analysis]);

  useEffect(() => {
    if (!selected) return;
    document
      .querySelector(`[data-finding-id="${CSS.escape(selected)}"]`)
      ?.scrollIntoView({ block: 'nearest' });
  }, [selected]);

  if (tabId === null) return <PanelStatus title="No tab" detail="Open a news article to begin." />;
  if (!report) {
    return loading ? (
      <PanelStatus
        title="Page still loading"
        detail="Sourcelight reads the article once it has loaded."
      />
    ) : (
      <PanelStatus
        title="Nothing analysed here"
        detail="Sourcelight runs on web pages (http and https). Pages opened before it was installed need a reload."
      />
    );
  }

  const itemProps = (findingId: string) => ({
    selected: selected === findingId,
    dismissed: dismissed.has(keys.get(findingId) ?? ''),
    onReveal: (id: string) =>
      void sendToPage(tabId, { type: 'revealFinding', tabId, findingId: id }),
    onDismiss: (id: string, on: boolean) =>
      void sendToPage(tabId, { type: 'setDismissed', tabId, findingId: id, dismissed: on }),
  });
  if (report.status !== 'article' || !analysis) {
    const { title, detail } = pageStatusText(report);
    const enable =
      report.status === 'disabled'
        ? {
            label: `Turn on for ${report.domain}`,
            onClick: () => void setSiteEnabled(report.domain, true),
          }
        : undefined;
    return <PanelStatus title={title} detail={detail} action={enable} />;
  }

  const header = (
    <PanelHeader
      report={report}
      factCheckCount={factChecks.size}
      lessonOutlet={lesson?.article.outlet}
      onToggleHighlights={() =>
        void sendToPage(tabId, {
          type: 'setHighlightsVisible',
          tabId,
          visible: !report.highlightsVisible,
        })
      }
      onDisableSite={() => void setSiteEnabled(report.domain, false)}
    />
  );

  const shown = applyFilter(analysis, filter);
  const presenting = presenter && mode === 'walkthrough';
  return (
    <div className={presenting ? 'panel panel--presenter' : 'panel'} onKeyDown={onArrowNavigation}>
      {header}
      <OutletProfile profile={state?.outlet ?? null} />
      <main>
        <ModeTabs mode={mode} onChange={setMode} />
        {mode === 'walkthrough' && (
          <ModePanel mode={mode}>
            <Suspense fallback={<p role="status">Loading…</p>}>
              <Walkthrough
                key={tabId}
                tabId={tabId}
                analysis={analysis}
                dismissed={dismissed}
                factChecks={factChecks}
                notes={lesson?.notes}
                article={article}
                presenter={presenter}
                onPresenterChange={setPresenter}
              />
            </Suspense>
          </ModePanel>
        )}
        {mode === 'exercise' && (
          <ModePanel mode={mode}>
            <Suspense fallback={<p role="status">Loading…</p>}>
              <Exercise
                key={tabId}
                tabId={tabId}
                analysis={analysis}
                // A lesson is scored against its whole key, whatever a student dismissed.
                dismissed={lesson ? NO_DISMISSALS : dismissed}
                lesson={lesson}
              />
            </Suspense>
          </ModePanel>
        )}
        {mode === 'report' && state && (
          <ModePanel mode={mode}>
            <Suspense fallback={<p role="status">Loading…</p>}>
              <ReportExport state={state} />
              <SaveLesson
                key={`${tabId}:${lesson?.id}`}
                tabId={tabId}
                state={state}
                lesson={lesson}
              />
            </Suspense>
          </ModePanel>
        )}
        {mode === 'findings' && (
          <ModePanel mode={mode}>
            <FilterBar filter={filter} speakers={speakersOf(analysis)} onChange={setFilter} />
            {filter.kinds.quote && (
              <ClaimsSection
                quotes={shown.quotes}
                sources={linkQuotesToSources(state?.matches ?? [])}
                factChecks={factChecks}
                claimNumbersOf={claimNumberOf}
                itemProps={itemProps}
              />
            )}
            {filter.kinds.term && (
              <TermsSection terms={shown.terms} text={articleText} itemProps={itemProps} />
            )}
            {filter.kinds.sourcing && (
              <SourcingSection sourcing={shown.sourcing} itemProps={itemProps} />
            )}
            <IndependentSources
              matches={state?.matches ?? []}
              claimLabel={(quoteId) => `claim ${claimNumberOf.get(quoteId) ?? '?'}`}
              onQuoteSelect={(quoteId) =>
                itemProps(`quote:${quoteId}`).onReveal(`quote:${quoteId}`)
              }
            />
          </ModePanel>
        )}
      </main>
      <PanelFooter />
    </div>
  );
}
