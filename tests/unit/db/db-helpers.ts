import { SourcelightDb } from '../../../utils/db/sourcelight-db';

let counter = 0;

/** A new, empty database with a unique name (fake-indexeddb keeps them apart). */
export function freshDb(): SourcelightDb {
  counter += 1;
  return new SourcelightDb(`sourcelight-test-${counter}-${Math.random().toString(36).slice(2)}`);
}

/** Every row of every table, sorted by key, for before/after comparisons. */
export async function dumpDb(db: SourcelightDb): Promise<Record<string, unknown[]>> {
  const dump: Record<string, unknown[]> = {};
  for (const table of db.tables) {
    dump[table.name] = await table.toArray();
  }
  return dump;
}
