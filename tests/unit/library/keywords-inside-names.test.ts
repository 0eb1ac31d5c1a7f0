import { describe, expect, it } from 'vitest';
import { BUNDLED_PACKS } from '../../../utils/library/bundled-packs';
import { analyzeText } from '../../../utils/analysis/analyze-text';
import { explainDocument } from '../../../utils/library/explain-relevance';
import { detectFeatures } from '../../../utils/library/detect-features';
import { buildMatchIndex } from '../../../utils/library/match-index';
import { tokenize } from '../../../utils/library/normalize-text';
import { SourcePackSchema } from '../../../utils/library/pack-schema';
import { topicPageText } from './fixtures/topic-pages';

const packs = BUNDLED_PACKS.map((raw) => SourcePackSchema.parse(raw));
const index = buildMatchIndex({
  documents: packs.flatMap((p) => p.documents),
  entities: packs.flatMap((p) => p.entities),
  topics: packs.flatMap((p) => p.topics),
});
const words = (phrase: string) => tokenize(phrase).map((t) => t.norm);
const contains = (outer: string[], inner: string[]) =>
  outer.some((_, i) => inner.every((w, j) => outer[i + j] === w));

// The phrase index takes the longest name without overlaps, so "Flight MH17" (the flight) hid the
// keyword "MH17" (the downing): a claim that requires the downing was lost on a page that names the
// flight only in full (mh17-serial-number.html). Every such name in the packs is checked.
const cases = packs.flatMap((pack) => {
  const required = new Set(pack.topics.flatMap((t) => t.requires));
  return pack.topics
    .filter((topic) => required.has(topic.id))
    .flatMap((topic) =>
      pack.entities
        .flatMap((e) => [e.name, ...e.aliases])
        .filter((name) => topic.keywords.some((k) => contains(words(name), words(k))))
        .map((name) => [topic.id, name] as const),
    );
});

describe('names that contain a required subject’s keyword', () => {
  it('exist in the bundled packs (the check below is not empty)', () => {
    expect(cases.map(([, name]) => name)).toEqual(
      expect.arrayContaining([
        'Flight MH17',
        'Malaysia Airlines Flight 17',
        'Organisation for the Prohibition of Chemical Weapons',
        'Zaporizhzhia Nuclear Power Plant',
      ]),
    );
  });

  it.each(cases)('%s is still found where the article says “%s”', (topic, name) => {
    const text = `Reporters wrote again this week about ${name} and what happened there.`;
    expect([...detectFeatures(index, { text }).keys()]).toContain(`t:${topic}`);
  });

  it('let a claim that requires the subject count (the serial-number briefing is listed)', () => {
    const text = topicPageText('mh17-serial-number.html');
    const found = explainDocument(
      index,
      { text, analysis: analyzeText(text) },
      'mh17.mod-serial-2018',
    );
    expect(found).toMatchObject({ listed: true, rule: 'claim' });
  });
});
