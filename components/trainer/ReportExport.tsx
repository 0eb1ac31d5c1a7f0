import { useMemo, useState } from 'react';
import type { TabState } from '@/utils/messaging/tab-state';
import { buildReportModel } from '@/utils/report/report-model';
import { reportFileName } from '@/utils/report/report-file-name';
import { renderReportHtml } from '@/utils/report/render-html';
import { renderReportMarkdown } from '@/utils/report/render-markdown';
import { renderReportText } from '@/utils/report/render-text';

/** Saves the article's analysis as a self-contained HTML file or Markdown, or copies it as text. */
export function ReportExport({ state }: { state: TabState }) {
  const model = useMemo(() => buildReportModel(state), [state]);
  const [status, setStatus] = useState('');
  const [fallback, setFallback] = useState<string | null>(null);

  const download = (kind: 'html' | 'md'): void => {
    const body = kind === 'html' ? renderReportHtml(model) : renderReportMarkdown(model);
    const type = kind === 'html' ? 'text/html;charset=utf-8' : 'text/markdown;charset=utf-8';
    const url = URL.createObjectURL(new Blob([body], { type }));
    const a = document.createElement('a');
    a.href = url;
    a.download = reportFileName(model.title, state.report.domain, model.analysedAt, kind);
    a.click();
    // The download has started by the time a click returns; the delay is only for slow disks.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    setStatus(`Saved ${a.download}.`);
  };
  const copy = async (): Promise<void> => {
    const text = renderReportText(model);
    try {
      await navigator.clipboard.writeText(text);
      setFallback(null);
      setStatus('Copied the report as text: paste it into the class chat.');
    } catch {
      setFallback(text);
      setStatus('The browser did not allow copying. Select the text below and copy it.');
    }
  };

  const claims = model.speakers.reduce((n, s) => n + s.claims.length, 0);
  return (
    <section className="report-export" aria-labelledby="report-heading" data-testid="report-export">
      <h2 id="report-heading">Report</h2>
      <p>
        {claims} claims from {model.speakers.length} speakers; loaded terms: {model.termCount};{' '}
        {model.sourcing.length} sourcing notes; {model.sources.length} independent sources.
        {model.dismissedCount > 0 && ` ${model.dismissedCount} dismissed findings are left out.`}
      </p>
      <div className="report-export__actions">
        <button type="button" onClick={() => download('html')}>
          Download HTML
        </button>
        <button type="button" onClick={() => download('md')}>
          Download Markdown
        </button>
        <button type="button" onClick={() => void copy()}>
          Copy as text
        </button>
      </div>
      <p className="hint">
        The HTML file works offline, contains no script and prints cleanly (open it, then print).
      </p>
      <p role="status" className="report-export__status" data-testid="report-status">
        {status}
      </p>
      {fallback !== null && (
        <textarea
          aria-label="The report as text"
          readOnly
          value={fallback}
          rows={10}
          onFocus={(e) => e.currentTarget.select()}
        />
      )}
    </section>
  );
}
