import { describe, expect, it } from 'vitest';
import { buildMatchIndex } from '../../../utils/library/match-index';
import { matchWithIndex } from '../../../utils/library/match-core';
import type { PackDocument, PackEntity, PackTopic } from '../../../utils/library/pack-items';
import { ARTICLES, analysisOf } from './fixtures/articles';

/** A synthetic library of `size` documents over 2,000 entities, plus names an article uses. */
function syntheticLibrary(size: number) {
  const entities: PackEntity[] = Array.from({ length: 2000 }, (_, i) => ({
    id: `e${i}`,
    name: `Entity Number ${i} Organisation`,
    type: i % 5 === 0 ? 'place' : 'organisation',
    aliases: [`Alias ${i}`, `EN${i}`],
    generic: false,
    summary: '',
    status: 'secondary',
    references: [],
  }));
  entities.push({
    ...entities[0]!,
    id: 'wh',
    name: 'White Helmets',
    aliases: ['Syria Civil Defence'],
  });
  const topics: PackTopic[] = [
    {
      id: 'cw',
      name: 'Chemical weapons',
      kind: 'subject',
      reason: null,
      keywords: ['chemical attack', 'chlorine'],
      termEntries: [],
      requires: [],
      generic: false,
    },
    {
      id: 'ff',
      name: 'False flag',
      kind: 'claim',
      reason: 'claims a false flag',
      keywords: ['staged', 'stage'],
      termEntries: ['false-flag'],
      requires: ['cw'],
      generic: false,
    },
  ];
  const documents: PackDocument[] = Array.from({ length: size }, (_, i) => ({
    id: `d${i}`,
    kind: 'report',
    title: `Document ${i}`,
    publisher: 'Publisher',
    date: '2020-01-01',
    symbol: `S/${2000 + (i % 20)}/${i}`,
    url: null,
    urlStatus: 'none',
    finding: 'A finding.',
    evidence: '',
    topics: i % 3 === 0 ? ['cw', 'ff'] : ['cw'],
    entities: [`e${i % 2000}`, `e${(i * 7) % 2000}`, ...(i % 50 === 0 ? ['wh'] : [])],
    status: 'verified-stored',
  }));
  return { documents, entities, topics };
}

// Speed is measured by `npm run bench` (library.match10kMs); this checks the answer at that scale.
describe('matching at 10,000 documents', () => {
  it('ranks the documents about what the article names first', () => {
    const index = buildMatchIndex(syntheticLibrary(10_000));
    const text = Array.from(
      { length: 20 },
      (_, i) => `${ARTICLES.whiteHelmetsFalseFlag} Alias ${i * 13}.`,
    ).join('\n');
    const matches = matchWithIndex(index, { text, analysis: analysisOf() });
    expect(matches.length).toBe(10);
    // Every 50th document names the White Helmets, which the article is about.
    expect(matches.slice(0, 3).every((m) => Number(m.document.id.slice(1)) % 50 === 0)).toBe(true);
    expect(matches.map((m) => m.score)).toEqual(
      [...matches.map((m) => m.score)].sort((a, b) => b - a),
    );
  });
});
