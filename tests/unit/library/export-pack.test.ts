import { describe, expect, it } from 'vitest';
import { exportPack } from '../../../utils/library/export-pack';
import { importPack } from '../../../utils/library/import-pack';
import { SourcePackSchema } from '../../../utils/library/pack-schema';
import { seedBundledPacks } from '../../../utils/library/seed-bundled-packs';
import { saveUserDocument } from '../../../utils/library/library-edits';
import { dumpDb, freshDb } from '../db/db-helpers';

/** Rows without the fields that say where and when they were stored. */
async function content(db: ReturnType<typeof freshDb>) {
  const dump = await dumpDb(db);
  const strip = (rows: unknown[]) =>
    rows.map((row) => {
      const {
        packId: _p,
        origin: _o,
        editedByUser: _e,
        updatedAt: _u,
        ...rest
      } = row as Record<string, unknown>;
      return rest;
    });
  return {
    documents: strip(dump.documents!),
    entities: strip(dump.entities!),
    outlets: strip(dump.outlets!),
    topics: strip(dump.topics!),
  };
}

describe('exportPack', () => {
  it('round-trips the whole library, user rows included, through a file', async () => {
    const source = freshDb();
    await seedBundledPacks(source);
    await saveUserDocument(source, {
      title: 'Local hospital statement',
      publisher: 'Hospital',
      url: 'https://hospital.example.org/statement',
      urlStatus: 'verified',
      finding: 'Treated 12 people for breathing problems.',
      status: 'secondary',
    });
    const pack = await exportPack(source, undefined, { id: 'my-export', name: 'My export' });
    const text = JSON.stringify(pack);
    expect(SourcePackSchema.safeParse(JSON.parse(text)).success).toBe(true);

    const target = freshDb();
    const result = await importPack(target, text);
    expect(result.ok).toBe(true);
    expect(await content(target)).toEqual(await content(source));
  });

  it('exports a selection with the entities and topics it refers to', async () => {
    const db = freshDb();
    await seedBundledPacks(db);
    const pack = await exportPack(db, {
      documentIds: ['scw.iit-third-douma'],
      outletIds: ['scw.rt'],
    });
    expect(pack.documents.map((d) => d.id)).toEqual(['scw.iit-third-douma']);
    expect(pack.outlets.map((o) => o.id)).toEqual(['scw.rt']);
    expect(pack.entities.map((e) => e.id).sort()).toEqual(
      [
        'scw.douma',
        'scw.ghouta',
        'scw.iit',
        'scw.opcw',
        'scw.syrian-air-force',
        'scw.tiger-forces',
      ].sort(),
    );
    expect(pack.topics.map((t) => t.id).sort()).toEqual([
      'scw.attribution',
      'scw.chemical-weapons',
      'scw.claim-false-flag',
    ]);
  });
});
