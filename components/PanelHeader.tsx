import { termCountText } from '@/utils/panel/term-count';
import type { PageReport } from '@/utils/messaging/page-report';

interface Props {
  report: PageReport;
  /** Claims with a matching imported fact-check. */
  factCheckCount?: number;
  /** On a lesson page: the outlet the lesson's article came from (the page itself has none). */
  lessonOutlet?: string;
  onToggleHighlights(): void;
  onDisableSite(): void;
}

/** The outlet, what was found at a glance, and the controls for this page. */
export function PanelHeader({
  report,
  factCheckCount = 0,
  lessonOutlet,
  onToggleHighlights,
  onDisableSite,
}: Props) {
  const a = report.analysis;
  return (
    <header className="panel-header" data-testid="panel-header">
      <h1 className="brand">Sourcelight</h1>
      <p className="outlet" data-testid="outlet">
        {lessonOutlet !== undefined
          ? `Lesson · ${lessonOutlet || 'unknown outlet'}`
          : report.domain || 'Sourcelight demo article'}
      </p>
      <p className="page-title">{report.title}</p>
      {a && (
        <p className="counts" data-testid="counts">
          {a.quotes.filter((q) => !q.continues).length} claims · loaded terms:{' '}
          {termCountText(a.terms)} · {a.sourcing.length} sourcing notes ·{' '}
          <span data-testid="fact-check-count">Fact-checks: {factCheckCount}</span>
        </p>
      )}
      <div className="controls">
        <button type="button" onClick={onToggleHighlights} aria-pressed={report.highlightsVisible}>
          {report.highlightsVisible ? 'Hide highlights' : 'Show highlights'}
        </button>
        {report.domain && (
          <button type="button" onClick={onDisableSite}>
            Turn off on {report.domain}
          </button>
        )}
      </div>
    </header>
  );
}
