import { useState } from 'react';
import type { SourcelightDb } from '../../utils/db/sourcelight-db';
import { exportPack, type ExportSelection } from '../../utils/library/export-pack';

interface Props {
  db: SourcelightDb;
  selection: ExportSelection;
  selectedCount: number;
}

/** Downloads the whole library, or the selected entries, as a pack file. */
export function ExportPack({ db, selection, selectedCount }: Props) {
  const [error, setError] = useState<string | null>(null);

  async function download(chosen?: ExportSelection) {
    try {
      const pack = await exportPack(db, chosen);
      const blob = new Blob([JSON.stringify(pack, null, 2)], { type: 'application/json' });
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = `${pack.id}.json`;
      link.click();
      // Revoke later: some browsers start the download after click() returns.
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setError(null);
    } catch (err) {
      setError(`Export failed: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  return (
    <div className="sl-export">
      <button type="button" onClick={() => download()} data-testid="export-all">
        Export whole library
      </button>
      <button
        type="button"
        onClick={() => download(selection)}
        disabled={selectedCount === 0}
        data-testid="export-selection"
      >
        Export selection ({selectedCount})
      </button>
      {error && (
        <p role="alert" className="sl-error">
          {error}
        </p>
      )}
    </div>
  );
}
