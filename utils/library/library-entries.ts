import type { DocumentRow, EntityRow, OutletRow, Provenance, TopicRow } from '../db/rows';
import type { VerificationStatus } from './pack-fields';

export type EntryTable = 'documents' | 'entities' | 'outlets' | 'topics';

/** One row of the manager's list, whatever table it comes from. */
export interface LibraryEntry {
  table: EntryTable;
  id: string;
  title: string;
  meta: string;
  detail: string;
  url: string | null;
  status: VerificationStatus | null;
  provenance: Provenance;
  /** Lower-cased text the search box looks in. */
  haystack: string;
}

interface Rows {
  documents: readonly DocumentRow[];
  entities: readonly EntityRow[];
  outlets: readonly OutletRow[];
  topics: readonly TopicRow[];
}

/** Flattens the library into list entries for browsing and searching. */
export function libraryEntries(rows: Rows): LibraryEntry[] {
  const entry = (e: Omit<LibraryEntry, 'haystack'>, extra: readonly string[]): LibraryEntry => ({
    ...e,
    haystack: [e.id, e.title, e.meta, e.detail, ...extra].join('\n').toLowerCase(),
  });
  return [
    ...rows.documents.map((d) =>
      entry(
        {
          table: 'documents',
          id: d.id,
          title: d.title,
          meta: [d.publisher, d.date, d.symbol].filter(Boolean).join(' · '),
          detail: d.finding,
          url: d.url,
          status: d.status,
          provenance: d,
        },
        [],
      ),
    ),
    ...rows.entities.map((e) =>
      entry(
        {
          table: 'entities',
          id: e.id,
          title: e.name,
          meta: [e.type, ...e.aliases].join(' · '),
          detail: e.summary,
          url: null,
          status: e.status,
          provenance: e,
        },
        e.aliases,
      ),
    ),
    ...rows.outlets.map((o) =>
      entry(
        {
          table: 'outlets',
          id: o.id,
          title: o.name,
          meta: [o.domains.join(', '), o.stateAffiliation].filter(Boolean).join(' · '),
          detail: o.notes,
          url: null,
          status: o.status,
          provenance: o,
        },
        [o.owner ?? ''],
      ),
    ),
    ...rows.topics.map((t) =>
      entry(
        {
          table: 'topics',
          id: t.id,
          title: t.name,
          meta: t.kind === 'claim' ? 'claim' : 'subject',
          detail: t.keywords.join(', '),
          url: null,
          status: null,
          provenance: t,
        },
        [],
      ),
    ),
  ];
}

/** Entries whose text contains every word of the query (case-insensitive). */
export function searchEntries(
  entries: readonly LibraryEntry[],
  query: string,
  table: EntryTable | 'all' = 'all',
): LibraryEntry[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return entries.filter(
    (e) => (table === 'all' || e.table === table) && words.every((w) => e.haystack.includes(w)),
  );
}

/** Key of an entry in the manager's export selection ("documents:scw.opcw"). */
export const entryKey = (e: Pick<LibraryEntry, 'table' | 'id'>) => `${e.table}:${e.id}`;

/** Turns selected entry keys into an export selection. */
export function selectionFromKeys(
  keys: Iterable<string>,
): Required<Record<`${'document' | 'entity' | 'outlet' | 'topic'}Ids`, string[]>> {
  const out = {
    documentIds: [] as string[],
    entityIds: [] as string[],
    outletIds: [] as string[],
    topicIds: [] as string[],
  };
  const field = {
    documents: 'documentIds',
    entities: 'entityIds',
    outlets: 'outletIds',
    topics: 'topicIds',
  } as const;
  for (const key of keys) {
    const at = key.indexOf(':');
    const table = key.slice(0, at) as EntryTable;
    if (table in field) out[field[table]].push(key.slice(at + 1));
  }
  return out;
}
