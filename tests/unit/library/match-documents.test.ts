import { describe, expect, it } from 'vitest';
import { matchDocuments } from '../../../utils/library/match-documents';
import { seedBundledPacks } from '../../../utils/library/seed-bundled-packs';
import { saveUserDocument } from '../../../utils/library/library-edits';
import { freshDb } from '../db/db-helpers';
import { ARTICLES, analysisOf } from './fixtures/articles';

describe('matchDocuments (Dexie-backed)', () => {
  it('ranks seeded documents and sees a document the user adds afterwards', async () => {
    const db = freshDb();
    await seedBundledPacks(db);
    const input = { text: ARTICLES.doumaAttribution, analysis: analysisOf() };
    const before = await matchDocuments(db, input);
    expect(before[0]?.document.id).toBe('scw.iit-third-douma');

    const saved = await saveUserDocument(db, {
      title: 'My notes on the Douma cylinders',
      publisher: 'Me',
      finding: 'Compared the two cylinder positions with the published photographs.',
      entities: ['scw.douma', 'scw.tiger-forces', 'scw.syrian-air-force', 'scw.iit'],
      topics: ['scw.chemical-weapons'],
      kind: 'report',
      status: 'unverified',
    });
    if (!saved.ok) throw new Error(saved.error);
    // The cached index is dropped when the documents table changes.
    const after = await matchDocuments(db, input, { limit: 60 });
    expect(after.map((m) => m.document.id)).toContain(saved.id);
  });
});
