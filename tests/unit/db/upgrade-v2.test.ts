import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { SourcelightDb } from '../../../utils/db/sourcelight-db';
import { V1_STORES, type V1OutletRow } from '../../../utils/db/schema-v1';
import { outletForDomain } from '../../../utils/library/outlet-profile';

const v1Outlets: V1OutletRow[] = [
  {
    id: 'scw.rt',
    packId: 'syria-chemical-weapons',
    name: 'RT',
    domain: 'RT.com',
    owner: 'ANO TV-Novosti',
    stateAffiliation: 'Russian state-controlled',
    notes: '',
    status: 'secondary',
    references: [],
  },
  {
    id: 'user.mine',
    packId: null,
    name: 'My local paper',
    domain: 'paper.example.org',
    owner: null,
    stateAffiliation: null,
    notes: 'Added by hand',
    status: 'unverified',
    references: [],
  },
];

const v1Document = {
  id: 'user.note-doc',
  packId: null,
  kind: 'other',
  title: 'My own source',
  publisher: 'Me',
  date: null,
  symbol: null,
  url: null,
  urlStatus: 'none',
  finding: 'Written before version 2.',
  evidence: '',
  topics: [],
  entities: [],
  status: 'unverified',
};

describe('Dexie schema v1 → v2', () => {
  it('moves outlet domains to a multiEntry list and records row origins', async () => {
    const name = `sourcelight-upgrade-${Math.random().toString(36).slice(2)}`;
    const old = new Dexie(name);
    old.version(1).stores(V1_STORES);
    await old.table('outlets').bulkPut(v1Outlets);
    await old.table('documents').put(v1Document);
    old.close();

    const db = new SourcelightDb(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(2);

    const rt = await db.outlets.get('scw.rt');
    expect(rt).toMatchObject({ domains: ['rt.com'], origin: 'pack', editedByUser: false });
    expect(rt).not.toHaveProperty('domain');
    expect(await db.outlets.get('user.mine')).toMatchObject({
      origin: 'user',
      domains: ['paper.example.org'],
    });
    expect(await db.documents.get('user.note-doc')).toMatchObject({
      origin: 'user',
      editedByUser: false,
    });
    expect(typeof (await db.documents.get('user.note-doc'))?.updatedAt).toBe('number');

    // The new index answers subdomain lookups.
    expect((await outletForDomain(db, 'arabic.rt.com'))?.name).toBe('RT');
    db.close();
  });
});
