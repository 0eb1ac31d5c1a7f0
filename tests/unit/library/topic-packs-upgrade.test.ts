import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { saveUserDocument } from '../../../utils/library/library-edits';
import { seedBundledPacks } from '../../../utils/library/seed-bundled-packs';
import { freshDb } from '../db/db-helpers';
import syria from '../../../assets/packs/syria-chemical-weapons.json';

// The MH17 pack as the previous release shipped it (version 1, written from memory).
const mh17v1: unknown = JSON.parse(
  readFileSync(new URL('../../fixtures/packs/mh17-v1.json', import.meta.url), 'utf8'),
);

describe('upgrading from the release that shipped MH17 version 1', () => {
  it('installs the new packs, upgrades MH17 and keeps what the user edited or added', async () => {
    const db = freshDb();
    await seedBundledPacks(db, [syria, mh17v1]);
    expect((await db.documents.get('mh17.jit-2016'))?.status).toBe('unverified');

    const old = await db.documents.get('mh17.dsb-final-report');
    const edited = await saveUserDocument(db, {
      ...old!,
      finding: 'My own reading of the report.',
    });
    expect(edited.ok).toBe(true);
    const own = await saveUserDocument(db, {
      title: 'My notes on the Hrabove crash site',
      publisher: 'Me',
      finding: 'Where the cockpit section fell.',
      entities: ['mh17.girkin'],
      status: 'unverified',
    });
    if (!own.ok) throw new Error(own.error);

    const outcomes = await seedBundledPacks(db);
    expect(outcomes.map((o) => [o.packId, o.action, o.keptUserEdits])).toEqual([
      ['syria-chemical-weapons', 'up-to-date', 0],
      ['mh17', 'upgraded', 1],
      ['novichok', 'installed', 0],
      ['ukraine-war-claims', 'installed', 0],
    ]);
    expect((await db.packs.get('mh17'))?.version).toBe(3);

    // The user's edit and own entry survive; unedited rows take the verified content.
    const kept = await db.documents.get('mh17.dsb-final-report');
    expect(kept).toMatchObject({ finding: 'My own reading of the report.', editedByUser: true });
    expect((await db.documents.get(own.id))?.title).toBe('My notes on the Hrabove crash site');
    const jit = await db.documents.get('mh17.jit-2016');
    expect(jit).toMatchObject({ status: 'verified-stored', urlStatus: 'verified' });
    expect(jit?.url).toMatch(/^https:\/\/www\.om\.nl\//);
    // Version 1 rows the new version dropped are gone.
    expect(await db.documents.get('mh17.jit-2018')).toBeUndefined();
    expect(await db.documents.get('mh17.court-verdict-2022')).toBeUndefined();
    expect(await db.documents.where('packId').equals('mh17').count()).toBe(33);
    expect(await db.documents.where('packId').equals('novichok').count()).toBeGreaterThan(30);

    // Seeding again changes nothing.
    const again = await seedBundledPacks(db);
    expect(again.every((o) => o.action === 'up-to-date')).toBe(true);
  });
});
