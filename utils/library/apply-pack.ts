import type { Table } from 'dexie';
import type { SourcelightDb } from '../db/sourcelight-db';
import { ITEM_TABLES, type Provenance } from '../db/rows';
import type { SourcePack } from './pack-schema';

/** How many items a pack wrote, and how many of the user's edited rows it left alone. */
export interface PackCounts {
  topics: number;
  entities: number;
  outlets: number;
  documents: number;
  keptUserEdits: number;
  removed: number;
}

/** A pack that cannot be applied as a whole; `path` points into the pack like a zod path. */
export class PackConflictError extends Error {
  constructor(
    readonly path: string,
    detail: string,
  ) {
    super(`${path}: ${detail}`);
  }
}

/**
 * Installs or upgrades a pack in ONE transaction (all or nothing): rows the user edited are kept,
 * rows the new version dropped are removed unless edited, ids owned by others are refused.
 */
export async function applyPack(
  db: SourcelightDb,
  pack: SourcePack,
  source: 'bundled' | 'file',
): Promise<PackCounts> {
  const tables = [db.topics, db.entities, db.outlets, db.documents, db.packs];
  return db.transaction('rw', tables, async () => {
    const installed = await db.packs.get(pack.id);
    if (installed && pack.version < installed.version) {
      throw new PackConflictError(
        'version',
        `pack "${pack.id}" version ${pack.version} is older than the installed version ${installed.version}`,
      );
    }
    const counts: PackCounts = {
      topics: 0,
      entities: 0,
      outlets: 0,
      documents: 0,
      keptUserEdits: 0,
      removed: 0,
    };
    const now = Date.now();
    for (const section of ITEM_TABLES) {
      const table = db[section] as unknown as Table<LooseRow, string, LooseRow>;
      const result = await mergeTable(table, section, pack[section], pack.id, now);
      counts[section] = result.written;
      counts.keptUserEdits += result.kept;
      counts.removed += result.removed;
    }
    const { id, name, version, author, licence, description, updated } = pack;
    await db.packs.put({
      id,
      name,
      version,
      author,
      licence,
      description,
      updated,
      source,
      importedAt: now,
    });
    return counts;
  });
}

/** Any item row; the pack schema has already checked each item's shape. */
type LooseRow = { id: string } & Provenance;

async function mergeTable(
  table: Table<LooseRow, string, LooseRow>,
  section: string,
  incoming: readonly { id: string }[],
  packId: string,
  now: number,
): Promise<{ written: number; kept: number; removed: number }> {
  const existing = await table.bulkGet(incoming.map((item) => item.id));
  const toPut: LooseRow[] = [];
  let kept = 0;
  incoming.forEach((item, index) => {
    const row = existing[index];
    if (row && row.packId !== packId) {
      const owner = row.origin === 'user' ? 'one of your own entries' : `pack "${row.packId}"`;
      throw new PackConflictError(
        `${section}[${index}].id`,
        `"${item.id}" is already used by ${owner}`,
      );
    }
    if (row?.editedByUser) {
      kept += 1;
      return;
    }
    const provenance: Provenance = { packId, origin: 'pack', editedByUser: false, updatedAt: now };
    toPut.push({ ...item, ...provenance });
  });
  await table.bulkPut(toPut);
  const incomingIds = new Set(incoming.map((item) => item.id));
  const stale = await table
    .where('packId')
    .equals(packId)
    .filter((row) => !incomingIds.has(row.id) && !row.editedByUser)
    .primaryKeys();
  await table.bulkDelete(stale);
  return { written: toPut.length, kept, removed: stale.length };
}
