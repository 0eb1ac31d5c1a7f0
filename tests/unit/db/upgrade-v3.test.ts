import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { SourcelightDb } from '../../../utils/db/sourcelight-db';
import { V2_STORES } from '../../../utils/db/upgrade-v2';

describe('Dexie schema v2 → v3', () => {
  it('keeps every v2 row and adds an empty fact-check table keyed by URL', async () => {
    const name = `sourcelight-upgrade3-${Math.random().toString(36).slice(2)}`;
    const old = new Dexie(name);
    old.version(2).stores(V2_STORES);
    const outlet = {
      id: 'user.paper',
      packId: null,
      origin: 'user',
      editedByUser: false,
      updatedAt: 1,
      name: 'My local paper',
      domains: ['paper.example.org'],
      owner: null,
      stateAffiliation: null,
      notes: '',
      status: 'unverified',
      references: [],
    };
    await old.table('outlets').put(outlet);
    await old
      .table('notes')
      .add({ targetId: 'user.paper', text: 'mine', createdAt: 1, updatedAt: 1 });
    old.close();

    const db = new SourcelightDb(name);
    await db.open();
    expect(db.verno).toBe(3);
    expect(await db.outlets.get('user.paper')).toEqual(outlet);
    expect(await db.notes.count()).toBe(1);
    expect(await db.factChecks.count()).toBe(0);
    await db.factChecks.put({
      url: 'https://desk.example/1',
      claimReviewed: 'x',
      checker: null,
      checkerUrl: null,
      verdict: null,
      date: null,
      claimant: null,
      claimDate: null,
      appearanceUrl: null,
      sdPublisher: null,
      sdLicense: null,
      importedAt: 2,
    });
    expect((await db.factChecks.get('https://desk.example/1'))?.claimReviewed).toBe('x');
    db.close();
  });
});
