import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../utils/analysis/analyze-text';
import { readArticle } from '../../../utils/cli/read-article';
import { BUNDLED_PACKS } from '../../../utils/library/bundled-packs';
import { detectFeatures } from '../../../utils/library/detect-features';
import { matchWithIndex } from '../../../utils/library/match-core';
import { buildMatchIndex } from '../../../utils/library/match-index';
import { SourcePackSchema } from '../../../utils/library/pack-schema';
import { relevanceRule } from '../../../utils/library/relevance-rules';
import { corporaDir } from '../../eval/corpora';
import { analysisOf } from './fixtures/articles';

const packs = BUNDLED_PACKS.map((raw) => SourcePackSchema.parse(raw));
const index = buildMatchIndex({
  documents: packs.flatMap((p) => p.documents),
  entities: packs.flatMap((p) => p.entities),
  topics: packs.flatMap((p) => p.topics),
});
const listed = (text: string) =>
  matchWithIndex(index, { text, analysis: analyzeText(text) }).map((m) => m.document.id);
const entityKeys = (text: string) =>
  [...detectFeatures(index, { text }).keys()].filter((k) => k.startsWith('e:'));

// Written for these tests: news about other subjects that names what the packs also name.
const MUSEUM = `Gunmen kill tourists at national museum
Two gunmen opened fire on visitors at the national museum on Wednesday, killing at least
nineteen people, the interior ministry said. Security forces stormed the building after a
siege that lasted several hours, and the prime minister called the attack a national tragedy.
Soldiers guard the entrance of the museum after the attack. JIM WATSON/AFP via Getty Images
(Photo by JIM WATSON / AFP)`;

const CAMP = `Winter arrives early in the camps
Aid workers say thousands of families who fled fighting between rebels and the Syrian
government are sleeping in tents as temperatures fall below freezing. The UN Security Council
will discuss a cross-border aid resolution next week, and the World Health Organization warned
of respiratory infections among children. Islamic State cells remain active in the desert.`;

describe('relevance before ranking', () => {
  it('lists nothing for generic names alone (a government, the UN, WHO, Islamic State)', () => {
    expect(entityKeys(CAMP).length).toBeGreaterThanOrEqual(3);
    expect(listed(CAMP)).toEqual([]);
  });

  it('does not read a photo credit as the acronym of the Joint Investigative Mechanism', () => {
    expect(entityKeys(MUSEUM)).not.toContain('e:scw.jim');
    expect(listed(MUSEUM)).toEqual([]);
    // Even beside the subject, a credit or an all-capital line is no running text.
    const cw = 'Doctors said the victims showed signs of exposure to sarin and chlorine gas.';
    expect(entityKeys(`${cw}\nJIM WATSON/AFP`)).not.toContain('e:scw.jim');
    expect(entityKeys(`${cw}\nPhoto: JIM / AFP`)).not.toContain('e:scw.jim');
    expect(entityKeys(`${cw}\nTHE JIM REPORT`)).not.toContain('e:scw.jim');
    expect(entityKeys(`${cw} The JIM said it would report in October.`)).toContain('e:scw.jim');
    expect(entityKeys(`${cw} Its JIM 2017 report named the culprits.`)).toContain('e:scw.jim');
  });

  it('counts "JIM" in running text only with its expansion or its subject', () => {
    const bare = 'Diplomats said the JIM had asked for more time before the vote on Thursday.';
    expect(entityKeys(bare)).not.toContain('e:scw.jim');
    const withSubject = `${bare} Its inspectors are looking into the use of sarin.`;
    expect(entityKeys(withSubject)).toContain('e:scw.jim');
    const withExpansion = `The Joint Investigative Mechanism met on Monday. ${bare}`;
    expect(detectFeatures(index, { text: withExpansion }).get('e:scw.jim')).toBe(2);
  });

  it('keeps neighbouring acronyms that are known names ("the OPCW IIT report")', () => {
    const text = 'Diplomats discussed the OPCW IIT report on the chlorine attack in Douma.';
    expect(entityKeys(text)).toEqual(expect.arrayContaining(['e:scw.opcw', 'e:scw.iit']));
  });

  it('lists a document for its claim with a place of its incident', () => {
    const text = `Officials in Moscow said rebels were preparing a staged chemical attack in Idlib
with chlorine so that the West could blame the army, and that cameras were ready to film it.`;
    const matches = matchWithIndex(index, { text, analysis: analysisOf() });
    expect(matches.length).toBeGreaterThan(0);
    expect(matches.every((m) => m.matched.claims.includes('scw.claim-false-flag'))).toBe(true);
  });

  it('needs a specific name, not only a generic one, with the chemical-weapons subject', () => {
    const generic = 'The OPCW said on Friday that inspectors found traces of sarin.';
    expect(listed(generic)).toEqual([]);
    const specific = `${generic} The samples came from Khan Shaykhun.`;
    expect(listed(specific)).toContain('scw.ffm-khan-shaykhun');
  });

  it('names the rule each piece of evidence meets', () => {
    const empty = { symbols: [], claims: [], subjects: [], specific: [], places: [], generic: [] };
    expect(relevanceRule({ ...empty, generic: ['scw.opcw', 'scw.isil'] })).toBeNull();
    expect(relevanceRule({ ...empty, specific: ['a'] })).toBeNull();
    expect(relevanceRule({ ...empty, symbols: ['d'] })).toBe('symbol');
    expect(relevanceRule({ ...empty, claims: ['c'], places: ['p'] })).toBe('claim');
    expect(relevanceRule({ ...empty, specific: ['a', 'b'] })).toBe('names');
    expect(relevanceRule({ ...empty, specific: ['a'], subjects: ['s'] })).toBe('subject');
  });

  it('still lists the OPCW, JIM and IIT documents for the seed article', () => {
    const text = readFileSync(join(corporaDir(), 'seed', 'article.txt'), 'utf8');
    const matches = matchWithIndex(index, { text, analysis: analyzeText(text) });
    const found = matches.map((m) => m.document.id);
    expect(found).toContain('scw.jim-seventh-report');
    expect(found.some((id) => id.startsWith('scw.iit-'))).toBe(true);
    expect(found.some((id) => id.startsWith('scw.ffm-'))).toBe(true);
    const falseFlag = matches.filter((m) => m.matched.claims.includes('scw.claim-false-flag'));
    expect(falseFlag.length).toBeGreaterThanOrEqual(3);
  });

  it('lists the same primary documents for the demo article, its quotes linked to them', async () => {
    const read = await readArticle(resolve(__dirname, '../../../entrypoints/demo/index.html'));
    if (!read.ok) throw new Error(read.error);
    const matches = matchWithIndex(index, { text: read.text, analysis: analyzeText(read.text) });
    const found = matches.map((m) => m.document.id);
    for (const id of [
      'scw.iit-second-saraqib',
      'scw.iit-first-ltamenah',
      'scw.jim-seventh-report',
      'scw.ffm-khan-shaykhun',
    ]) {
      expect(found).toContain(id);
    }
    const linked = matches.filter((m) => m.quoteIds.length > 0);
    expect(linked.some((m) => m.matched.claims.includes('scw.claim-false-flag'))).toBe(true);
    expect(linked.map((m) => m.document.id)).toContain('scw.iit-second-saraqib');
  });
});
