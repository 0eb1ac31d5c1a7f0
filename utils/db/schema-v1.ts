/** Version 1 (first draft): outlets had one domain, rows did not record who edited them. */
export const V1_STORES = {
  documents: 'id, packId, *entities, *topics',
  entities: 'id, packId',
  outlets: 'id, packId, domain',
  topics: 'id, packId',
  packs: 'id',
  notes: '++id, targetId',
};

/** Shape of a v1 outlet row, kept for the upgrade test's fixture. */
export interface V1OutletRow {
  id: string;
  packId: string | null;
  name: string;
  domain: string;
  owner: string | null;
  stateAffiliation: string | null;
  notes: string;
  status: string;
  references: unknown[];
}
