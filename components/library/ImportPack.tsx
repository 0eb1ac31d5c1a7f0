import { useId, useState, type ChangeEvent } from 'react';
import type { SourcelightDb } from '../../utils/db/sourcelight-db';
import { importPack } from '../../utils/library/import-pack';
import { MAX_PACK_BYTES } from '../../utils/library/parse-pack';

type Outcome = { kind: 'ok' | 'error'; text: string; detail?: string } | null;

/** Imports a pack file all or nothing; a failure says why in words, with the path as a detail. */
export function ImportPack({ db }: { db: SourcelightDb }) {
  const id = useId();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    try {
      // Refuse huge files before reading them into memory at all.
      const result =
        file.size > MAX_PACK_BYTES
          ? {
              ok: false as const,
              error: `the file is too large (${(file.size / 1048576).toFixed(1)} MB); a pack may be at most 5.0 MB`,
            }
          : await importPack(db, await file.text());
      if (result.ok) {
        const { documents, entities, outlets, topics, keptUserEdits } = result.counts;
        const kept = keptUserEdits ? `; kept ${keptUserEdits} of your edits` : '';
        setOutcome({
          kind: 'ok',
          text: `Imported ${file.name}: ${documents} documents, ${entities} entities, ${outlets} outlets, ${topics} topics${kept}.`,
        });
      } else {
        setOutcome({
          kind: 'error',
          text: `${file.name} was not imported, and your library is unchanged. ${result.error}`,
          detail: 'detail' in result ? result.detail : undefined,
        });
      }
    } finally {
      setBusy(false);
      input.value = '';
    }
  }

  return (
    <div className="sl-import">
      <label htmlFor={id}>Import a pack (JSON file)</label>
      <input
        id={id}
        type="file"
        accept=".json,application/json"
        onChange={onFile}
        disabled={busy}
        data-testid="import-file"
      />
      {outcome?.kind === 'ok' && (
        <p role="status" className="sl-success" data-testid="import-result">
          {outcome.text}
        </p>
      )}
      {outcome?.kind === 'error' && (
        <div role="alert" className="sl-error" data-testid="import-error">
          <p>{outcome.text}</p>
          {outcome.detail && (
            <p className="sl-hint" data-testid="import-error-detail">
              Where in the file: {outcome.detail}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
