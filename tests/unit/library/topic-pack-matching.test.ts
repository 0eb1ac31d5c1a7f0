import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../utils/analysis/analyze-text';
import { BUNDLED_PACKS } from '../../../utils/library/bundled-packs';
import { buildMatchIndex } from '../../../utils/library/match-index';
import { matchWithIndex } from '../../../utils/library/match-core';
import { matchDocuments } from '../../../utils/library/match-documents';
import { SourcePackSchema } from '../../../utils/library/pack-schema';
import { seedBundledPacks } from '../../../utils/library/seed-bundled-packs';
import { corporaDir, join, listFiles } from '../../eval/corpora';
import { freshDb } from '../db/db-helpers';
import { ARTICLES } from './fixtures/articles';
import { topicPageExpectations, topicPageFiles, topicPageText } from './fixtures/topic-pages';

const packs = BUNDLED_PACKS.map((raw) => SourcePackSchema.parse(raw));
const packOf = new Map(packs.flatMap((p) => p.documents.map((d) => [d.id, p.id] as const)));
const NEW_PACKS = new Set(['mh17', 'novichok', 'ukraine-war-claims']);
const expectations = topicPageExpectations();

describe('topic-pack fixture articles (real claim engine, seeded library)', () => {
  const db = freshDb();
  const seeded = seedBundledPacks(db);

  it('every fixture page has an expectation, and every narrative pack has pages', () => {
    expect(Object.keys(expectations).sort()).toEqual(topicPageFiles());
    const perPack = new Set(Object.values(expectations).map((e) => e.pack));
    expect(perPack).toEqual(NEW_PACKS);
  });

  it.each(Object.entries(expectations))(
    '%s lists its pack’s key documents with reasons, and no other pack’s',
    async (file, expected) => {
      await seeded;
      const text = topicPageText(file);
      const matches = await matchDocuments(db, { text, analysis: analyzeText(text) });
      const listed = matches.map((m) => m.document.id);
      expect(listed).toEqual(expect.arrayContaining(expected.documents));
      for (const match of matches) {
        expect(packOf.get(match.document.id), match.document.id).toBe(expected.pack);
        expect(match.reasons.length, match.document.id).toBeGreaterThan(0);
      }
      // The best match answers the page's narrative, and says so.
      expect(expected.documents).toContain(listed[0]);
      expect(matches[0]?.reasons).toContain(expected.reason);
    },
  );

  it('the Syria test articles list none of the new packs’ documents', async () => {
    await seeded;
    for (const text of Object.values(ARTICLES)) {
      const matches = await matchDocuments(db, { text, analysis: analyzeText(text) });
      const foreign = matches.filter((m) => NEW_PACKS.has(packOf.get(m.document.id) ?? ''));
      expect(foreign.map((m) => m.document.id)).toEqual([]);
    }
  });
});

// Real pages from ../shared/corpora (read at run time, never copied): none is about these subjects.
const corpora = corporaDir();
const realPages = [
  ...listFiles(join(corpora, 'pages'), '').map((name) =>
    join(corpora, 'pages', name, 'expected.html'),
  ),
  ...listFiles(join(corpora, 'extraction', 'pages'), '.html').map((name) =>
    join(corpora, 'extraction', 'pages', name),
  ),
  join(corpora, 'seed', 'article.txt'),
].filter((file) => existsSync(file));

function plainText(html: string): string {
  return html
    .replace(/<(script|style|noscript)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ');
}

describe.skipIf(realPages.length === 0)('real pages in ../shared/corpora', () => {
  it('list none of the new packs’ documents', () => {
    const index = buildMatchIndex({
      documents: packs.flatMap((p) => p.documents),
      entities: packs.flatMap((p) => p.entities),
      topics: packs.flatMap((p) => p.topics),
    });
    expect(realPages.length).toBeGreaterThan(100);
    const listed: string[] = [];
    for (const file of realPages) {
      const text = plainText(readFileSync(file, 'utf8')).slice(0, 60_000);
      for (const match of matchWithIndex(index, { text, analysis: analyzeText(text) })) {
        if (NEW_PACKS.has(packOf.get(match.document.id) ?? '')) {
          listed.push(`${file.slice(corpora.length)} → ${match.document.id}`);
        }
      }
    }
    expect(listed).toEqual([]);
  }, 120_000);
});
