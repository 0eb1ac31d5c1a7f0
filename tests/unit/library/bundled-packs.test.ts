import { describe, expect, it } from 'vitest';
import { BUNDLED_PACKS } from '../../../utils/library/bundled-packs';
import { SourcePackSchema, type SourcePack } from '../../../utils/library/pack-schema';

const packs = BUNDLED_PACKS.map((raw) => SourcePackSchema.parse(raw));
const syria = packs.find((p) => p.id === 'syria-chemical-weapons') as SourcePack;
// The research notes name these hosts as partisan: never link readers to them.
const PARTISAN = [
  'bd8.com',
  'sott.net',
  'larouchepub',
  'vineyardsaker',
  'voltairenet',
  'crushlimbraw',
];

function allUrls(pack: SourcePack): string[] {
  return [
    ...pack.documents.map((d) => d.url),
    ...pack.entities.flatMap((e) => e.references.map((r) => r.url)),
    ...pack.outlets.flatMap((o) => o.references.map((r) => r.url)),
  ].filter((url): url is string => url !== null);
}

describe('bundled packs', () => {
  it('all parse against SourcePackSchema, and there are at least two topics of packs', () => {
    expect(packs.map((p) => p.id)).toEqual([
      'syria-chemical-weapons',
      'mh17',
      'novichok',
      'ukraine-war-claims',
    ]);
  });

  it.each(packs.map((p) => [p.id, p] as const))(
    '%s links only https and no partisan host',
    (_id, pack) => {
      for (const url of allUrls(pack)) {
        expect(new URL(url).protocol).toBe('https:');
        expect(
          PARTISAN.some((host) => url.includes(host)),
          url,
        ).toBe(false);
      }
    },
  );

  it('withholds every link whose urlStatus is unverified', () => {
    const withheld = syria.documents.filter((d) => d.urlStatus === 'unverified');
    expect(withheld.length).toBeGreaterThan(3);
    expect(withheld.every((d) => d.url === null)).toBe(true);
    // The reference marks the FFM Douma PDF and the JIM undocs links UNVERIFIED.
    expect(allUrls(syria).some((u) => u.includes('s-1731-2019'))).toBe(false);
    expect(allUrls(syria).some((u) => u.includes('undocs.org/S/2017/904'))).toBe(false);
  });

  it('covers the primary documents the issue lists', () => {
    const symbols = syria.documents.map((d) => d.symbol);
    for (const symbol of [
      'S/1510/2017',
      'S/1731/2019',
      'S/2017/904',
      'S/1867/2020',
      'S/1943/2021',
    ]) {
      expect(symbols).toContain(symbol);
    }
    expect(symbols).toContain('S/RES/2118 (2013)');
    expect(symbols).toContain('S/RES/2235 (2015)');
    const ids = syria.documents.map((d) => d.id);
    for (const id of [
      'scw.iit-third-douma',
      'scw.ffm-ltamenah',
      'scw.ffm-saraqib-2018',
      'scw.dat-hub',
    ]) {
      expect(ids).toContain(id);
    }
    expect(
      syria.documents.filter((d) => d.publisher === 'EUvsDisinfo').length,
    ).toBeGreaterThanOrEqual(5);
    expect(syria.documents.some((d) => d.id.startsWith('scw.coi-'))).toBe(true);
  });

  it('keeps unconfirmed symbols out of the symbol field', () => {
    const symbols = syria.documents.map((d) => d.symbol);
    for (const unconfirmed of [
      'S/1626/2018',
      'S/1636/2018',
      'S/2125/2023',
      'S/2016/738',
      'A/HRC/39/65',
    ]) {
      expect(symbols).not.toContain(unconfirmed);
    }
  });

  it('has the entities and outlet profiles of the brief, with aliases', () => {
    const entity = (id: string) => syria.entities.find((e) => e.id === id);
    expect(entity('scw.jabhat-fateh-al-sham')?.aliases).toEqual(
      expect.arrayContaining(['al-Nusra Front', 'Nusra']),
    );
    expect(entity('scw.white-helmets')?.aliases).toContain('Syria Civil Defence');
    for (const id of [
      'scw.free-syrian-army',
      'scw.at-tanf',
      'scw.daraa',
      'scw.idlib',
      'scw.russian-general-staff',
    ]) {
      expect(entity(id), id).toBeDefined();
    }
    const outlets = syria.outlets.map((o) => o.name);
    expect(outlets).toEqual(expect.arrayContaining(['Press TV', 'RT', 'Sputnik', 'TASS']));
  });
});
