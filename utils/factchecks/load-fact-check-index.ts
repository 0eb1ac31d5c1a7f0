import Dexie from 'dexie';
import type { SourcelightDb } from '../db/sourcelight-db';
import { buildFactCheckIndex, type FactCheckIndex } from './fact-check-index';

const cache = new WeakMap<SourcelightDb, Promise<FactCheckIndex>>();
const watched = new WeakSet<SourcelightDb>();

/** The cached fact-check index for `db`: built on first use, dropped when the table changes. */
export function loadFactCheckIndex(db: SourcelightDb): Promise<FactCheckIndex> {
  watchChanges(db);
  let index = cache.get(db);
  if (!index) {
    index = db.factChecks.toArray().then(buildFactCheckIndex);
    index.catch(() => cache.delete(db));
    cache.set(db, index);
  }
  return index;
}

// Dexie reports writes from this context and, over BroadcastChannel, from the manager page.
function watchChanges(db: SourcelightDb): void {
  if (watched.has(db)) return;
  watched.add(db);
  const prefix = `idb://${db.name}/factChecks/`;
  Dexie.on('storagemutated', (parts) => {
    const keys = Object.keys(parts);
    if (keys.includes('all') || keys.some((key) => key.startsWith(prefix))) cache.delete(db);
  });
}
