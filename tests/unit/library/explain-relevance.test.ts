import { describe, expect, it } from 'vitest';
import { explainArticle, explainDocument } from '../../../utils/library/explain-relevance';
import { buildMatchIndex } from '../../../utils/library/match-index';
import { matchWithIndex } from '../../../utils/library/match-core';
import { SourcePackSchema } from '../../../utils/library/pack-schema';
import { BUNDLED_PACKS } from '../../../utils/library/bundled-packs';
import { ARTICLES, analysisOf } from './fixtures/articles';
import { tinyPack } from './pack-fixtures';

const indexOf = (packs: ReturnType<typeof SourcePackSchema.parse>[]) =>
  buildMatchIndex({
    documents: packs.flatMap((p) => p.documents),
    entities: packs.flatMap((p) => p.entities),
    topics: packs.flatMap((p) => p.topics),
  });
const bundled = indexOf(BUNDLED_PACKS.map((raw) => SourcePackSchema.parse(raw)));
const tiny = indexOf([SourcePackSchema.parse(tinyPack())]);
const input = (text: string) => ({ text, analysis: analysisOf() });

describe('why / why not', () => {
  it('lists every qualifying document with the rule it met, beyond the panel limit', () => {
    const text = ARTICLES.doumaAttribution;
    const all = explainArticle(bundled, input(text));
    const panel = matchWithIndex(bundled, input(text), { limit: 3 });
    expect(all.length).toBeGreaterThan(panel.length);
    expect(all[0]).toMatchObject({ id: 'scw.iit-third-douma', listed: true, missing: [] });
    expect(all[0]!.found[0]).toMatch(/^listed because of /);
    expect(all.map((d) => d.id)).toEqual(expect.arrayContaining(panel.map((m) => m.document.id)));
  });

  it('tells a pack author what their document is missing', () => {
    const text = 'The Northern River Authority published its annual accounts on Monday.';
    const why = explainDocument(tiny, input(text), 'tiny.flood-map')!;
    expect(why.listed).toBe(false);
    expect(why.found.join(' ')).toMatch(/Northern River Authority/);
    expect(why.missing.join(' ')).toMatch(/Northern River Authority with River floods/);
    const fixed = explainDocument(
      tiny,
      input(`${text} Flooding closed two roads.`),
      'tiny.flood-map',
    );
    expect(fixed).toMatchObject({ listed: true, rule: 'subject', missing: [] });
  });

  it('says when only generic names were found, and when nothing was', () => {
    const text =
      'The UN Security Council and the Organisation for the Prohibition of Chemical Weapons exchanged letters about the budget.';
    const why = explainDocument(bundled, input(text), 'scw.jim-sixth-report')!;
    expect(why.listed).toBe(false);
    expect(why.found.join(' ')).toMatch(/generic, so never enough on its own/);
    expect(why.missing.join(' ')).toMatch(/cite its symbol S\/2017\/552/);
    const none = explainDocument(bundled, input(ARTICLES.football), 'scw.jim-sixth-report')!;
    expect(none.found).toEqual(['nothing: the article shares no name, topic or symbol with it']);
    expect(explainDocument(bundled, input('x'), 'no.such-document')).toBeNull();
  });
});
