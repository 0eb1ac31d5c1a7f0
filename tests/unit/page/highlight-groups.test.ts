import { describe, expect, it } from 'vitest';
import { highlightGroups, type DrawState } from '@/utils/page/highlight-groups';
import { buildTextMap } from '@/utils/article/text-map';
import { rangeForOffsets } from '@/utils/article/offset-range';
import { findingsOf, possibleTermIds } from '@/utils/page/findings';
import { SettingsSchema } from '@/utils/settings/settings';
import type { Analysis } from '@/utils/analysis/analysis-schema';
import type { AnalysedArticle } from '@/utils/page/analyse-article';
import { makeDocument } from '../article/dom';

function article(possibly: string[] = []): AnalysedArticle {
  const doc = makeDocument(
    '<article><p>The so-called plan is a pretext, critics say.</p></article>',
  );
  const root = doc.querySelector('article')!;
  const map = buildTextMap(root);
  const term = (id: string, word: string) => {
    const start = map.text.indexOf(word);
    return {
      id,
      entry: word,
      category: possibly.includes(word) ? ('possibly-loaded' as const) : ('doubt' as const),
      text: word,
      start,
      end: start + word.length,
      why: 'w',
      alternative: null,
      voice: 'outlet' as const,
      quoteId: null,
      speaker: null,
    };
  };
  const analysis: Analysis = {
    quotes: [],
    terms: [term('t0', 'so-called'), term('t1', 'pretext')],
    sourcing: [],
    entities: [],
  };
  const findings = findingsOf(analysis);
  const ranges = new Map(findings.map((f) => [f.id, rangeForOffsets(map, f.start, f.end)!]));
  return {
    settings: SettingsSchema.parse({}),
    dismissed: new Set(),
    roots: [root],
    map,
    analysis,
    findings,
    possible: possibleTermIds(analysis),
    ranges,
    recorded: false,
  };
}

const base = (): DrawState => ({
  article: article(),
  settings: SettingsSchema.parse({}),
  visible: true,
  exercise: false,
  dismissed: new Set(),
  selections: [],
});
const texts = (ranges: Range[]) => ranges.map((r) => r.toString());

describe('highlightGroups', () => {
  it('draws every finding by kind', () => {
    expect(texts(highlightGroups(base()).term)).toEqual(['so-called', 'pretext']);
  });

  it('leaves out a dismissed finding', () => {
    const s = base();
    const key = s.article!.findings.find((f) => f.text === 'pretext')!.key;
    expect(texts(highlightGroups({ ...s, dismissed: new Set([key]) }).term)).toEqual(['so-called']);
  });

  it('draws nothing when hidden, when a kind is off, or before the settings are known', () => {
    const s = base();
    expect(highlightGroups({ ...s, visible: false }).term).toEqual([]);
    const noTerms = SettingsSchema.parse({ kinds: { quote: true, term: false, sourcing: true } });
    expect(highlightGroups({ ...s, settings: noTerms }).term).toEqual([]);
    expect(highlightGroups({ ...s, settings: null }).term).toEqual([]);
  });

  it('draws terms only the model flags under their own, lighter highlight', () => {
    const groups = highlightGroups({ ...base(), article: article(['pretext']) });
    expect(texts(groups.term)).toEqual(['so-called']);
    expect(texts(groups.possible)).toEqual(['pretext']);
  });

  it('in the exercise, draws only the reader’s selections', () => {
    const s = base();
    const start = s.article!.map.text.indexOf('critics');
    const groups = highlightGroups({
      ...s,
      exercise: true,
      selections: [{ start, end: start + 7 }],
    });
    expect(groups.term).toEqual([]);
    expect(texts(groups.selection)).toEqual(['critics']);
  });
});
