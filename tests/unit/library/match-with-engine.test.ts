import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../utils/analysis/analyze-text';
import { matchDocuments } from '../../../utils/library/match-documents';
import { DocumentMatchSchema } from '../../../utils/library/match-schema';
import { seedBundledPacks } from '../../../utils/library/seed-bundled-packs';
import { freshDb } from '../db/db-helpers';
import { ARTICLES } from './fixtures/articles';

describe('matching with the real claim engine', () => {
  it('turns an analysed staged-attack story into EUvsDisinfo cases linked to its quote', async () => {
    const db = freshDb();
    await seedBundledPacks(db);
    const text = ARTICLES.whiteHelmetsFalseFlag;
    const analysis = analyzeText(text);
    const matches = await matchDocuments(db, { text, analysis });
    expect(matches[0]?.document.publisher).toBe('EUvsDisinfo');
    expect(matches[0]?.reasons).toContain('claims a false-flag chemical attack');
    matches.forEach((m) => DocumentMatchSchema.parse(m));
    const quoted = analysis.quotes.find((q) => q.text.includes('staged'));
    if (quoted) expect(matches.some((m) => m.quoteIds.includes(quoted.id))).toBe(true);
  });
});
