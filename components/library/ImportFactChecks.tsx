import { useId, useState, type DragEvent } from 'react';
import { browser } from 'wxt/browser';
import type { SourcelightDb } from '../../utils/db/sourcelight-db';
import { FEED_CREDIT, FEED_ORIGIN, FEED_URL } from '../../utils/factchecks/feed-source';
import { useFactCheckImport } from './use-fact-check-import';

/** Imports ClaimReview fact-checks from a file (picked or dropped) or, on request, the public feed. */
export function ImportFactChecks({ db }: { db: SourcelightDb }) {
  const id = useId();
  const { progress, report, count, run, cancel } = useFactCheckImport(db);
  const [over, setOver] = useState(false);
  const busy = progress !== null;

  const importFile = (file: File | undefined) => {
    if (file) void run(file.name, () => Promise.resolve(file));
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    if (!busy) importFile(event.dataTransfer.files[0]);
  };
  const download = () => {
    // Asked inside the click: browsers grant optional permissions only during a user gesture.
    const granted = browser.permissions.request({ origins: [FEED_ORIGIN] });
    void run('The Data Commons feed', async () => {
      if (!(await granted)) throw new Error('permission to download the feed was not given');
      const response = await fetch(FEED_URL, {
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
      });
      if (!response.ok || !response.body)
        throw new Error(`the download failed (${response.status})`);
      const body = response.body;
      return { stream: () => body, size: Number(response.headers.get('content-length')) || 0 };
    });
  };

  return (
    <div className="sl-factchecks" data-testid="fact-check-import">
      <p data-testid="fact-check-total">
        Your library holds {count === null ? '…' : count.toLocaleString('en')} fact-checks.
      </p>
      <div
        className={`sl-drop${over ? ' sl-drop--over' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <label htmlFor={id}>
          Import fact-checks (ClaimReview JSON, up to 500 MB) — or drop the file here
        </label>
        <input
          id={id}
          type="file"
          accept=".json,.jsonld,application/json,application/ld+json"
          disabled={busy}
          data-testid="fact-check-file"
          onChange={(e) => {
            importFile(e.currentTarget.files?.[0]);
            e.currentTarget.value = '';
          }}
        />
      </div>
      {busy && (
        <div className="sl-progress" role="status">
          <progress max={1} value={progress.fraction} data-testid="fact-check-progress" />
          <span>{progress.phase === 'reading' ? 'Reading and checking records…' : 'Saving…'}</span>
          <button type="button" onClick={cancel} data-testid="fact-check-cancel">
            Cancel
          </button>
        </div>
      )}
      {report && (
        <div
          role={report.ok ? 'status' : 'alert'}
          className={report.ok ? 'sl-success' : 'sl-error'}
        >
          <p data-testid={report.ok ? 'fact-check-result' : 'fact-check-error'}>
            {report.headline}
          </p>
          {report.skipped.length > 0 && (
            <ul data-testid="fact-check-skipped">
              {report.skipped.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      <p>
        <button type="button" onClick={download} disabled={busy} data-testid="fact-check-download">
          Download the Data Commons fact-check feed
        </button>
      </p>
      <p className="sl-hint">
        The button downloads a public file (a few hundred MB) from storage.googleapis.com, after
        asking your permission. It sends nothing about what you read: matching happens on this
        computer. Nothing is downloaded unless you click it.
      </p>
      <p className="sl-hint" data-testid="fact-check-credit">
        Source:{' '}
        <a href={FEED_CREDIT.page} target="_blank" rel="noopener noreferrer">
          {FEED_CREDIT.name}
        </a>
        ,{' '}
        <a href={FEED_CREDIT.licenceUrl} target="_blank" rel="noopener noreferrer">
          {FEED_CREDIT.licence}
        </a>
        ; {FEED_CREDIT.note}. Verdicts are the fact-checkers’ own.
      </p>
    </div>
  );
}
