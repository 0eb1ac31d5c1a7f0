import { liveQuery } from 'dexie';
import { useEffect, useState } from 'react';
import type { SourcelightDb } from '../../utils/db/sourcelight-db';
import type { DocumentRow, EntityRow, OutletRow, PackRow, TopicRow } from '../../utils/db/rows';

/** Everything the manager shows, read in one transaction. */
export interface LibrarySnapshot {
  documents: DocumentRow[];
  entities: EntityRow[];
  outlets: OutletRow[];
  topics: TopicRow[];
  packs: PackRow[];
}

/** The library, kept current with Dexie's liveQuery (also picks up other pages' writes). */
export function useLibrary(db: SourcelightDb): LibrarySnapshot | null {
  const [snapshot, setSnapshot] = useState<LibrarySnapshot | null>(null);
  useEffect(() => {
    const tables = [db.documents, db.entities, db.outlets, db.topics, db.packs];
    const subscription = liveQuery(() =>
      db.transaction('r', tables, async () => ({
        // Not orderBy('date'): IndexedDB leaves rows with a null date out of that index.
        documents: sortByDateDesc(await db.documents.toArray()),
        entities: await db.entities.orderBy('name').toArray(),
        outlets: await db.outlets.orderBy('name').toArray(),
        topics: await db.topics.toArray(),
        packs: await db.packs.toArray(),
      })),
    ).subscribe({ next: setSnapshot, error: (error: unknown) => console.error(error) });
    return () => subscription.unsubscribe();
  }, [db]);
  return snapshot;
}

function sortByDateDesc(rows: DocumentRow[]): DocumentRow[] {
  return rows.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
}
