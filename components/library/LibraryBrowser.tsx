import { useId, useMemo, useState } from 'react';
import {
  entryKey,
  libraryEntries,
  searchEntries,
  type EntryTable,
  type LibraryEntry,
} from '../../utils/library/library-entries';
import { SafeLink } from '../sources/SafeLink';
import { StatusBadge } from '../sources/StatusBadge';
import type { LibrarySnapshot } from './use-library';

interface Props {
  library: LibrarySnapshot;
  selected: ReadonlySet<string>;
  onToggle: (key: string) => void;
  onEdit: (table: 'documents' | 'outlets', id: string) => void;
}

const SHOWN = 200;
/** One entry's kind: "entities" is an "entity", not an "entitie". */
const SINGULAR: Record<EntryTable, string> = {
  documents: 'document',
  entities: 'entity',
  outlets: 'outlet',
  topics: 'topic',
};
const TABLES: { value: EntryTable | 'all'; label: string }[] = [
  { value: 'all', label: 'Everything' },
  { value: 'documents', label: 'Documents' },
  { value: 'entities', label: 'Entities' },
  { value: 'outlets', label: 'Outlets' },
  { value: 'topics', label: 'Topics and claims' },
];

/** Search and browse every entry; documents and outlets can be edited and selected for export. */
export function LibraryBrowser({ library, selected, onToggle, onEdit }: Props) {
  const searchId = useId();
  const tableId = useId();
  const [query, setQuery] = useState('');
  const [table, setTable] = useState<EntryTable | 'all'>('all');
  const entries = useMemo(() => libraryEntries(library), [library]);
  const found = useMemo(() => searchEntries(entries, query, table), [entries, query, table]);

  return (
    <div className="sl-browser">
      <div className="sl-search" role="search">
        <label htmlFor={searchId}>Search the library</label>
        <input
          id={searchId}
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          data-testid="library-search"
        />
        <label htmlFor={tableId}>Show</label>
        <select
          id={tableId}
          value={table}
          onChange={(e) => setTable(e.target.value as EntryTable | 'all')}
          data-testid="library-filter"
        >
          {TABLES.map((t) => (
            <option key={t.value} value={t.value}>
              {t.label}
            </option>
          ))}
        </select>
      </div>
      <p role="status" className="sl-hint" data-testid="library-count">
        {found.length === entries.length
          ? `${entries.length} entries`
          : `${found.length} of ${entries.length} entries match`}
        {found.length > SHOWN && ` (showing the first ${SHOWN})`}
      </p>
      <ul className="sl-entries" data-testid="library-entries">
        {found.slice(0, SHOWN).map((entry) => (
          <EntryItem
            key={entryKey(entry)}
            entry={entry}
            checked={selected.has(entryKey(entry))}
            onToggle={onToggle}
            onEdit={onEdit}
          />
        ))}
      </ul>
    </div>
  );
}

interface ItemProps {
  entry: LibraryEntry;
  checked: boolean;
  onToggle: (key: string) => void;
  onEdit: (table: 'documents' | 'outlets', id: string) => void;
}

function EntryItem({ entry, checked, onToggle, onEdit }: ItemProps) {
  const { table, provenance: p } = entry;
  const origin =
    p.origin === 'user'
      ? 'Your entry'
      : p.editedByUser
        ? `Edited by you (pack ${p.packId})`
        : `Pack ${p.packId}`;
  const editable = table === 'documents' || table === 'outlets';
  return (
    <li
      className="sl-entry"
      data-testid="library-entry"
      data-entry-id={entry.id}
      data-table={table}
    >
      <label className="sl-select">
        <input type="checkbox" checked={checked} onChange={() => onToggle(entryKey(entry))} />
        <span className="sl-visually-hidden">Select {entry.title} for export</span>
      </label>
      <div>
        <p className="sl-entry-title">
          <span className="sl-kind">{SINGULAR[table]}</span>{' '}
          <SafeLink href={entry.url}>{entry.title}</SafeLink>
          {entry.status && <StatusBadge status={entry.status} />}
        </p>
        {entry.meta && <p className="sl-hint">{entry.meta}</p>}
        {entry.detail && <p className="sl-detail">{entry.detail}</p>}
        <p className="sl-hint">
          {origin}
          {editable && (
            <button
              type="button"
              className="sl-edit"
              onClick={() => onEdit(table, entry.id)}
              data-testid="edit-entry"
            >
              Edit<span className="sl-visually-hidden"> {entry.title}</span>
            </button>
          )}
        </p>
      </div>
    </li>
  );
}
