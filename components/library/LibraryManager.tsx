import { useMemo, useState } from 'react';
import type { SourcelightDb } from '../../utils/db/sourcelight-db';
import { selectionFromKeys } from '../../utils/library/library-entries';
import { DocumentForm } from './DocumentForm';
import { ExportPack } from './ExportPack';
import { ImportPack } from './ImportPack';
import { ImportFactChecks } from './ImportFactChecks';
import { LibraryBrowser } from './LibraryBrowser';
import { OutletForm } from './OutletForm';
import { useLibrary } from './use-library';
import './library.css';

type Editing = { table: 'documents' | 'outlets'; id: string | null } | null;

/** The library manager page: browse, search, add, edit, import and export. */
export function LibraryManager({ db }: { db: SourcelightDb }) {
  const library = useLibrary(db);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [editing, setEditing] = useState<Editing>(null);
  const [message, setMessage] = useState('');
  const selection = useMemo(() => selectionFromKeys(selected), [selected]);

  const toggle = (key: string) =>
    setSelected((old) => {
      const next = new Set(old);
      if (!next.delete(key)) next.add(key);
      return next;
    });
  const done = (text: string) => {
    setEditing(null);
    setMessage(text);
  };

  if (!library)
    return (
      <p className="sl-library" role="status">
        Loading the library…
      </p>
    );
  const packs = library.packs.map((p) => `${p.name} (v${p.version})`).join(', ');
  return (
    <main className="sl-library" data-testid="library-manager">
      <h1>Sourcelight library</h1>
      <p className="sl-hint">Installed packs: {packs || 'none'}</p>
      <section aria-labelledby="sl-share">
        <h2 id="sl-share">Import and export</h2>
        <ImportPack db={db} />
        <ExportPack db={db} selection={selection} selectedCount={selected.size} />
      </section>
      <section aria-labelledby="sl-factchecks">
        <h2 id="sl-factchecks">Fact-checks</h2>
        <ImportFactChecks db={db} />
      </section>
      <section aria-labelledby="sl-add">
        <h2 id="sl-add">Your own entries</h2>
        <div className="sl-actions">
          <button
            type="button"
            onClick={() => setEditing({ table: 'documents', id: null })}
            data-testid="new-document"
          >
            Add a document
          </button>
          <button
            type="button"
            onClick={() => setEditing({ table: 'outlets', id: null })}
            data-testid="new-outlet"
          >
            Add an outlet
          </button>
        </div>
        <p role="status" className="sl-success" data-testid="manager-message">
          {message}
        </p>
        {editing?.table === 'documents' && (
          <DocumentForm
            key={editing.id ?? 'new'}
            db={db}
            library={library}
            existing={library.documents.find((d) => d.id === editing.id)}
            onDone={done}
            onCancel={() => setEditing(null)}
          />
        )}
        {editing?.table === 'outlets' && (
          <OutletForm
            key={editing.id ?? 'new'}
            db={db}
            existing={library.outlets.find((o) => o.id === editing.id)}
            onDone={done}
            onCancel={() => setEditing(null)}
          />
        )}
      </section>
      <section aria-labelledby="sl-browse">
        <h2 id="sl-browse">Browse</h2>
        <LibraryBrowser
          library={library}
          selected={selected}
          onToggle={toggle}
          onEdit={(table, id) => setEditing({ table, id })}
        />
      </section>
    </main>
  );
}
