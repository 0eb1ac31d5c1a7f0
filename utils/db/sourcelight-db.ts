import Dexie, { type EntityTable } from 'dexie';
import type { FactCheckRow } from './fact-check-row';
import type { DocumentRow, EntityRow, NoteRow, OutletRow, PackRow, TopicRow } from './rows';
import { V1_STORES } from './schema-v1';
import { V2_STORES, upgradeToV2 } from './upgrade-v2';
import { V3_STORES } from './upgrade-v3';

export const DB_NAME = 'sourcelight';

/** The independent-source library (extension pages and background only). */
export class SourcelightDb extends Dexie {
  // `declare` so class-field semantics do not overwrite the tables Dexie defines.
  declare documents: EntityTable<DocumentRow, 'id'>;
  declare entities: EntityTable<EntityRow, 'id'>;
  declare outlets: EntityTable<OutletRow, 'id'>;
  declare topics: EntityTable<TopicRow, 'id'>;
  declare packs: EntityTable<PackRow, 'id'>;
  declare notes: EntityTable<NoteRow, 'id'>;
  declare factChecks: EntityTable<FactCheckRow, 'url'>;

  constructor(name: string = DB_NAME) {
    super(name);
    this.version(1).stores(V1_STORES);
    this.version(2).stores(V2_STORES).upgrade(upgradeToV2);
    this.version(3).stores(V3_STORES);
  }
}
