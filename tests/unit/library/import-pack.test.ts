import { beforeEach, describe, expect, it } from 'vitest';
import { importPack } from '../../../utils/library/import-pack';
import { seedBundledPacks } from '../../../utils/library/seed-bundled-packs';
import type { SourcelightDb } from '../../../utils/db/sourcelight-db';
import { dumpDb, freshDb } from '../db/db-helpers';
import { tinyPack } from './pack-fixtures';

let db: SourcelightDb;
beforeEach(async () => {
  db = freshDb();
  await seedBundledPacks(db);
});

/** Imports `text`, expects `error`, and checks the library did not change at all. */
async function expectRejected(text: string, error: string | RegExp) {
  const before = await dumpDb(db);
  const result = await importPack(db, text);
  expect(result.ok).toBe(false);
  // The path ("documents[1].url: …") is the detail line; the words come first.
  if (!result.ok) expect(`${result.detail ?? result.error}`).toMatch(error);
  expect(await dumpDb(db)).toEqual(before);
}

const withDoc = (patch: Record<string, unknown>, index = 1) => {
  const pack = tinyPack();
  const documents = pack.documents!.map((d, i) => (i === index ? { ...d, ...patch } : d));
  return JSON.stringify({ ...pack, documents });
};

describe('importPack', () => {
  it('imports a valid pack and reports counts', async () => {
    const result = await importPack(db, JSON.stringify(tinyPack()));
    expect(result).toEqual({
      ok: true,
      counts: { topics: 2, entities: 2, outlets: 1, documents: 2, keptUserEdits: 0, removed: 0 },
    });
    expect((await db.documents.get('tiny.flood-map'))?.origin).toBe('pack');
    expect((await db.packs.get('tiny'))?.source).toBe('file');
  });

  it('rejects text that is not JSON', async () => {
    await expectRejected('{"format": "sourcelight-pack",', /^the file is not valid JSON/);
  });

  it('rejects 10 MB of junk before parsing it', async () => {
    await expectRejected(
      'x'.repeat(10 * 1024 * 1024),
      /too large \(10\.0 MB\); a pack may be at most 5\.0 MB/,
    );
  });

  it('rejects a javascript: link with its exact path', async () => {
    await expectRejected(
      withDoc({ url: 'javascript:alert(1)', urlStatus: 'verified' }),
      'documents[1].url: only http(s) links are allowed',
    );
  });

  it('rejects data: and relative links too', async () => {
    await expectRejected(
      withDoc({ url: 'data:text/html,hi', urlStatus: 'verified' }),
      'documents[1].url: only http(s) links are allowed',
    );
    await expectRejected(
      withDoc({ url: '/local', urlStatus: 'verified' }),
      'documents[1].url: only http(s) links are allowed',
    );
  });

  it('rejects wrong types', async () => {
    await expectRejected(JSON.stringify({ ...tinyPack(), version: '2' }), /^version: /);
    await expectRejected(withDoc({ entities: 'tiny.millbrook' }, 0), /^documents\[0\]\.entities: /);
    await expectRejected('[1, 2, 3]', /expected object/i);
  });

  it('rejects a missing field', async () => {
    const pack = tinyPack();
    const { title: _title, ...untitled } = pack.documents![1]!;
    const text = JSON.stringify({ ...pack, documents: [pack.documents![0], untitled] });
    await expectRejected(text, /^documents\[1\]\.title: /);
  });

  it('rejects duplicated ids', async () => {
    await expectRejected(
      withDoc({ id: 'tiny.dam-inspection' }),
      'documents[1].id: duplicated id "tiny.dam-inspection"',
    );
  });

  it('rejects references to items the pack does not define', async () => {
    await expectRejected(
      withDoc({ entities: ['tiny.river-authority', 'tiny.nowhere'] }),
      'documents[1].entities[1]: unknown entity "tiny.nowhere" (not defined in the pack)',
    );
  });

  it('rejects a huge string in one field', async () => {
    await expectRejected(
      withDoc({ finding: 'a'.repeat(5000) }),
      'documents[1].finding: at most 4000 characters',
    );
  });

  it('rolls back everything when a late item clashes with another pack', async () => {
    // Topics and entities are written first; the clash is in documents, so the transaction must undo them.
    const pack = tinyPack();
    const clash = { ...pack.documents![1]!, id: 'scw.unsc-res-2118' };
    const text = JSON.stringify({ ...pack, documents: [pack.documents![0], clash] });
    await expectRejected(
      text,
      'documents[1].id: "scw.unsc-res-2118" is already used by pack "syria-chemical-weapons"',
    );
  });

  it('refuses to downgrade an installed pack', async () => {
    await importPack(db, JSON.stringify(tinyPack({ version: 3 })));
    await expectRejected(
      JSON.stringify(tinyPack({ version: 2 })),
      'version: pack "tiny" version 2 is older than the installed version 3',
    );
  });

  it('says what is wrong in words, naming the item by its title, with the path as a detail', async () => {
    const result = await importPack(
      db,
      withDoc({ url: 'javascript:alert(1)', urlStatus: 'verified' }),
    );
    expect(result).toEqual({
      ok: false,
      error:
        'Document 2 (“Flood risk map for the northern valley”): the link must start with http:// or https://',
      detail: 'documents[1].url: only http(s) links are allowed',
    });
    const clash = await importPack(db, withDoc({ id: 'scw.unsc-res-2118' }));
    expect(clash.ok ? '' : clash.error).toBe(
      'Document 2 (“Flood risk map for the northern valley”): the id "scw.unsc-res-2118" is already used by pack "syria-chemical-weapons"',
    );
    const version = await importPack(db, JSON.stringify({ ...tinyPack(), version: '2' }));
    expect(version.ok ? '' : version.error).toMatch(/^In the pack, the pack's version: /);
  });
});
