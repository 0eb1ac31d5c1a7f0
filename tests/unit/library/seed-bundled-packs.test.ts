import { describe, expect, it } from 'vitest';
import { seedBundledPacks } from '../../../utils/library/seed-bundled-packs';
import { saveUserDocument } from '../../../utils/library/library-edits';
import { dumpDb, freshDb } from '../db/db-helpers';
import { tinyPack } from './pack-fixtures';

describe('seedBundledPacks', () => {
  it('installs the bundled packs once and is idempotent', async () => {
    const db = freshDb();
    const first = await seedBundledPacks(db);
    expect(first.map((o) => o.action)).toEqual([
      'installed',
      'installed',
      'installed',
      'installed',
    ]);
    expect(await db.documents.count()).toBeGreaterThan(50);
    const before = await dumpDb(db);
    const second = await seedBundledPacks(db);
    expect(second.map((o) => o.action)).toEqual([
      'up-to-date',
      'up-to-date',
      'up-to-date',
      'up-to-date',
    ]);
    expect(await dumpDb(db)).toEqual(before);
  });

  it('upgrades to a newer pack version without touching the user edits', async () => {
    const db = freshDb();
    const v1 = tinyPack();
    await seedBundledPacks(db, [v1]);

    // The user corrects a pack document and adds one of their own.
    const edited = await db.documents.get('tiny.dam-inspection');
    const saved = await saveUserDocument(db, { ...edited!, finding: 'My corrected finding.' });
    expect(saved.ok).toBe(true);
    const own = await saveUserDocument(db, {
      title: 'My own source',
      publisher: 'Me',
      finding: 'Something I checked.',
      status: 'unverified',
    });
    if (!own.ok) throw new Error('own document not saved');

    // Version 2 rewrites both documents, drops the flood map and adds a new one.
    const [inspection, floodMap] = v1.documents!;
    const v2 = tinyPack({
      version: 2,
      documents: [
        { ...inspection!, finding: 'Pack v2 finding.' },
        { ...floodMap!, id: 'tiny.flood-map-2022', title: 'Flood risk map, 2022 edition' },
      ],
    });
    const outcome = await seedBundledPacks(db, [v2]);
    expect(outcome).toEqual([{ packId: 'tiny', version: 2, action: 'upgraded', keptUserEdits: 1 }]);

    const kept = await db.documents.get('tiny.dam-inspection');
    expect(kept?.finding).toBe('My corrected finding.');
    expect(kept?.editedByUser).toBe(true);
    expect(await db.documents.get('tiny.flood-map')).toBeUndefined();
    expect((await db.documents.get('tiny.flood-map-2022'))?.title).toBe(
      'Flood risk map, 2022 edition',
    );
    expect((await db.documents.get(own.id))?.title).toBe('My own source');
    expect((await db.packs.get('tiny'))?.version).toBe(2);
  });
});
