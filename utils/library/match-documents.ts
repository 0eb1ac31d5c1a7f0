import Dexie from 'dexie';
import type { SourcelightDb } from '../db/sourcelight-db';
import { buildMatchIndex, type MatchIndex } from './match-index';
import { matchWithIndex, type MatchInput, type MatchOptions } from './match-core';
import type { DocumentMatch } from './match-schema';

const cache = new WeakMap<SourcelightDb, Promise<MatchIndex>>();
const watched = new WeakSet<SourcelightDb>();
const INDEXED_TABLES = ['documents', 'entities', 'topics'];

/** Ranks the library's documents for an analysed article; the index is built once per change. */
export async function matchDocuments(
  db: SourcelightDb,
  input: MatchInput,
  options?: MatchOptions,
): Promise<DocumentMatch[]> {
  return matchWithIndex(await loadMatchIndex(db), input, options);
}

/** The cached index for `db`, loading it from Dexie on first use or after a change. */
export function loadMatchIndex(db: SourcelightDb): Promise<MatchIndex> {
  watchChanges(db);
  let index = cache.get(db);
  if (!index) {
    index = db
      .transaction('r', [db.documents, db.entities, db.topics], async () => ({
        documents: await db.documents.toArray(),
        entities: await db.entities.toArray(),
        topics: await db.topics.toArray(),
      }))
      .then(buildMatchIndex);
    index.catch(() => cache.delete(db));
    cache.set(db, index);
  }
  return index;
}

/** Drops the cached index (also done automatically when the tables change). */
export function invalidateMatchIndex(db: SourcelightDb): void {
  cache.delete(db);
}

// Dexie reports writes from this context and, over BroadcastChannel, from other extension pages.
function watchChanges(db: SourcelightDb): void {
  if (watched.has(db)) return;
  watched.add(db);
  const prefixes = INDEXED_TABLES.map((table) => `idb://${db.name}/${table}/`);
  Dexie.on('storagemutated', (parts) => {
    const keys = Object.keys(parts);
    if (keys.includes('all') || keys.some((key) => prefixes.some((p) => key.startsWith(p)))) {
      cache.delete(db);
    }
  });
}
