import { describe, expect, it } from 'vitest';
import { BUNDLED_PACKS } from '../../../utils/library/bundled-packs';
import { buildMatchIndex } from '../../../utils/library/match-index';
import { detectFeatures } from '../../../utils/library/detect-features';
import { matchWithIndex } from '../../../utils/library/match-core';
import { DocumentMatchSchema } from '../../../utils/library/match-schema';
import { SourcePackSchema } from '../../../utils/library/pack-schema';
import { ARTICLES, analysisOf, quoteIn, termIn } from './fixtures/articles';

const packs = BUNDLED_PACKS.map((raw) => SourcePackSchema.parse(raw));
const index = buildMatchIndex({
  documents: packs.flatMap((p) => p.documents),
  entities: packs.flatMap((p) => p.entities),
  topics: packs.flatMap((p) => p.topics),
});
const ids = (text: string, analysis = analysisOf()) =>
  matchWithIndex(index, { text, analysis }).map((m) => m.document.id);

describe('matchWithIndex on the bundled packs', () => {
  it('puts the false-flag fact-checks and the attack attributions first for a staged-attack story', () => {
    const text = ARTICLES.whiteHelmetsFalseFlag;
    const matches = matchWithIndex(index, { text, analysis: analysisOf() });
    const top = matches.slice(0, 5).map((m) => m.document.id);
    expect(top[0]).toBe('scw.euvsdisinfo-wh-plotting-idlib');
    // The primary record of who carried out attacks in Idlib answers a false-flag claim.
    expect(top.some((id) => /^scw\.(iit|jim|ffm)-/.test(id))).toBe(true);
    // No publisher crowds out the others: at most two of the top five from one.
    const publishers = matches.slice(0, 5).map((m) => m.document.publisher);
    for (const p of publishers)
      expect(publishers.filter((x) => x === p).length).toBeLessThanOrEqual(2);
    expect(matches.map((m) => m.score)).toEqual(
      [...matches.map((m) => m.score)].sort((a, b) => b - a),
    );
    const first = matches.find((m) => m.document.id === 'scw.euvsdisinfo-wh-plotting-idlib')!;
    expect(first.reasons.join('; ')).toMatch(
      /^mentions (White Helmets|Idlib) and (White Helmets|Idlib); claims a false-flag chemical attack/,
    );
    for (const match of matches) expect(DocumentMatchSchema.parse(match)).toEqual(match);
  });

  it('ranks the IIT Douma report and the FFM Douma reports for a Douma attribution story', () => {
    const top = ids(ARTICLES.doumaAttribution).slice(0, 4);
    expect(top[0]).toBe('scw.iit-third-douma');
    expect(top).toContain('scw.ffm-douma-final');
  });

  it('matches a cited symbol and a spelling variant of a place', () => {
    const matches = matchWithIndex(index, {
      text: ARTICLES.khanShaykhunSarin,
      analysis: analysisOf(),
    });
    expect(matches[0]?.document.id).toBe('scw.jim-seventh-report');
    expect(matches[0]?.reasons[0]).toBe('cites S/2017/904');
    expect(matches.map((m) => m.document.id)).toContain('scw.ffm-khan-shaykhun');
  });

  it('treats Nusra, al-Nusra and Jabhat Fateh al-Sham as one entity, which alone lists nothing', () => {
    const features = detectFeatures(index, { text: ARTICLES.nusraRebrand });
    expect([...features].filter(([key]) => key.startsWith('e:'))).toEqual([
      ['e:scw.jabhat-fateh-al-sham', 3],
    ]);
    // A story about the group's fighters is not about chemical weapons or the White Helmets.
    expect(ids(ARTICLES.nusraRebrand)).toEqual([]);
  });

  it('finds nothing in an unrelated article', () => {
    expect(ids(ARTICLES.football)).toEqual([]);
  });

  it('needs chemical weapons in the article before "staged" counts as a false-flag claim', () => {
    const matches = matchWithIndex(index, {
      text: 'The White Helmets staged a fundraising concert in Gaziantep.',
      analysis: analysisOf(),
    });
    expect(matches.flatMap((m) => m.matched.claims)).toEqual([]);
  });

  it('uses the entities and terms the claim engine found', () => {
    const text =
      'He repeated that the volunteers invented the whole attack at the hospital with sarin.';
    const analysis = analysisOf({
      entities: [
        {
          id: 'syria civil defence',
          name: 'Syria Civil Defence',
          type: 'organisation',
          aliases: [],
          mentions: [],
        },
      ],
      terms: [termIn(text, 't1', 'false-flag', 'invented', null)],
    });
    const first = matchWithIndex(index, { text, analysis })[0];
    expect(first?.reasons).toEqual(
      expect.arrayContaining(['mentions White Helmets', 'claims a false-flag chemical attack']),
    );
  });

  it('links a quote to the documents about its own claim', () => {
    const text = ARTICLES.whiteHelmetsFalseFlag;
    const quote = quoteIn(
      text,
      'q1',
      'The\nso-called rescuers have brought chlorine cylinders into the area and are filming a staged\nscene',
    );
    const matches = matchWithIndex(index, { text, analysis: analysisOf({ quotes: [quote] }) });
    const linked = matches.filter((m) => m.quoteIds.includes('q1'));
    expect(linked.length).toBeGreaterThan(0);
    expect(linked.length).toBeLessThanOrEqual(3);
    expect(linked.every((m) => m.matched.claims.includes('scw.claim-false-flag'))).toBe(true);
  });
});
