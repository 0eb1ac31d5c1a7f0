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
    },
    {
      id: 'ff',
      name: 'False flag',
      kind: 'claim',
      reason: 'claims a false flag',
      keywords: ['staged', 'stage'],
      termEntries: ['false-flag'],
      requires: ['cw'],
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

describe('matching speed', () => {
  it('matches an article against 10,000 documents in under 10 ms', () => {
    const index = buildMatchIndex(syntheticLibrary(10_000));
    // A long article: the fixture repeated, with some indexed names sprinkled in.
    const text = Array.from(
      { length: 20 },
      (_, i) => `${ARTICLES.whiteHelmetsFalseFlag} Alias ${i * 13}.`,
    ).join('\n');
    const input = { text, analysis: analysisOf() };
    matchWithIndex(index, input); // warm-up (JIT)
    const times: number[] = [];
    for (let run = 0; run < 7; run += 1) {
      const start = performance.now();
      const matches = matchWithIndex(index, input);
      times.push(performance.now() - start);
      expect(matches.length).toBe(10);
    }
    times.sort((a, b) => a - b);
    expect(times[3]).toBeLessThan(10);
  });
});
