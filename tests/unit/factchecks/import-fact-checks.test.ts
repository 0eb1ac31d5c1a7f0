import { describe, expect, it } from 'vitest';
import { importFactChecks } from '../../../utils/factchecks/import-fact-checks';
import { feedJson } from '../../bench/generate-fact-checks';
import { dumpDb, freshDb } from '../db/db-helpers';

const review = (n: number, verdict = 'False') => ({
  '@type': 'ClaimReview',
  claimReviewed: `The harbour tunnel will cost ${n} million.`,
  url: `https://desk.example/checks/${n}`,
  author: { name: 'Harbour Fact Desk' },
  reviewRating: { alternateName: verdict },
});
const file = (value: unknown) =>
  new Blob([typeof value === 'string' ? value : JSON.stringify(value)]);

describe('importFactChecks', () => {
  it('imports a generated feed and counts the records it skipped, by reason, with examples', async () => {
    const db = freshDb();
    const progress: number[] = [];
    const result = await importFactChecks(db, file(feedJson(400)), {
      onProgress: (p) => progress.push(p.fraction),
    });
    if (!result.ok) throw new Error(result.error);
    const skipped = result.skipped.reduce((n, g) => n + g.count, 0);
    expect(result.added + skipped).toBe(400);
    expect(result.added).toBe(await db.factChecks.count());
    expect(skipped).toBeGreaterThan(0);
    for (const group of result.skipped) {
      expect(['no-claim', 'no-url', 'bad-url']).toContain(group.reason);
      expect(group.examples.length).toBe(Math.min(3, group.count));
      expect(group.examples[0]).toMatch(/^record \d+/);
    }
    expect(progress.at(-1)).toBeCloseTo(1);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });

  it('updates by fact-check URL on re-import instead of duplicating', async () => {
    const db = freshDb();
    await importFactChecks(db, file([review(1), review(2)]));
    const again = await importFactChecks(db, file([review(2, 'Mostly true'), review(3)]));
    expect(again).toMatchObject({ ok: true, added: 1, updated: 1 });
    expect(await db.factChecks.count()).toBe(3);
    expect((await db.factChecks.get('https://desk.example/checks/2'))?.verdict).toBe('Mostly true');
  });

  it('rejects a file with no valid record, a broken file and a cancelled import, changing nothing', async () => {
    const db = freshDb();
    await importFactChecks(db, file([review(1)]));
    const before = await dumpDb(db);

    const invalid = await importFactChecks(
      db,
      file([
        { ...review(5), url: 'javascript:alert(1)' },
        { ...review(6), claimReviewed: '' },
      ]),
    );
    expect(invalid).toMatchObject({ ok: false, error: 'none of its records is valid' });
    expect(invalid.skipped.map((g) => [g.reason, g.count])).toEqual([
      ['bad-url', 1],
      ['no-claim', 1],
    ]);
    expect(await importFactChecks(db, file({ '@type': 'NewsArticle' }))).toMatchObject({
      ok: false,
      error: 'it holds no ClaimReview records',
    });
    const truncated = JSON.stringify([review(7), review(8)]).slice(0, -20);
    expect(await importFactChecks(db, file(truncated))).toMatchObject({ ok: false });
    expect(await importFactChecks(db, file('not json'))).toMatchObject({ ok: false });

    const controller = new AbortController();
    const cancelled = await importFactChecks(db, file(feedJson(300)), {
      signal: controller.signal,
      onProgress: (p) => {
        if (p.phase === 'saving') controller.abort();
      },
    });
    expect(cancelled).toMatchObject({ ok: false, error: 'the import was cancelled' });
    expect(await dumpDb(db)).toEqual(before);
  });
});
