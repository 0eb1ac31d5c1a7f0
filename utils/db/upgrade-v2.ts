import type { Transaction } from 'dexie';

/**
 * Version 2: outlets list several domains (rt.com, arabic.rt.com…) in a multiEntry index, and
 * every item row records its origin and whether the user edited it, so pack upgrades keep edits.
 */
export const V2_STORES = {
  documents: 'id, packId, origin, *entities, *topics, date',
  entities: 'id, packId, origin, name',
  outlets: 'id, packId, origin, *domains, name',
  topics: 'id, packId, origin',
  packs: 'id',
  notes: '++id, targetId',
};

type LooseRow = Record<string, unknown>;

/** Moves v1 rows to the v2 shape. */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  const now = Date.now();
  const addProvenance = (row: LooseRow) => {
    const packId = typeof row.packId === 'string' ? row.packId : null;
    row.packId = packId;
    row.origin = packId === null ? 'user' : 'pack';
    row.editedByUser = false;
    row.updatedAt = typeof row.updatedAt === 'number' ? row.updatedAt : now;
  };
  for (const name of ['documents', 'entities', 'topics']) {
    await tx.table(name).toCollection().modify(addProvenance);
  }
  await tx
    .table('outlets')
    .toCollection()
    .modify((row: LooseRow) => {
      addProvenance(row);
      const domain = typeof row.domain === 'string' ? row.domain.trim().toLowerCase() : '';
      row.domains = domain === '' ? [] : [domain];
      delete row.domain;
    });
}
