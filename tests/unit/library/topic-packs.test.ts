import { describe, expect, it } from 'vitest';
import { lexicon } from '../../../utils/analysis/lexicon';
import { BUNDLED_PACKS } from '../../../utils/library/bundled-packs';
import { SourcePackSchema, type SourcePack } from '../../../utils/library/pack-schema';

// The three packs built from the research notes in ../shared/reference (issue 17).
const NEW_PACKS = ['mh17', 'novichok', 'ukraine-war-claims'];
const PREFIX: Record<string, string> = {
  mh17: 'mh17.',
  novichok: 'nov.',
  'ukraine-war-claims': 'ukr.',
};
// Hosts the notes name as partisan or low-grade: never linked.
const NEVER_LINKED = [
  'voltairenet',
  'quemadoinstitute',
  'sott.net',
  'forum.cool',
  'forum.camp',
  'taina.li',
  'livejournal',
  'germany.ru',
  'infowars',
];

const packs = BUNDLED_PACKS.map((raw) => SourcePackSchema.parse(raw));
const pack = (id: string) => packs.find((p) => p.id === id) as SourcePack;
const docOf = (id: string) =>
  packs.flatMap((p) => p.documents).find((d) => d.id === id) ?? expect.fail(`no document ${id}`);

function urls(p: SourcePack): string[] {
  return [
    ...p.documents.map((d) => d.url),
    ...p.entities.flatMap((e) => e.references.map((r) => r.url)),
    ...p.outlets.flatMap((o) => o.references.map((r) => r.url)),
  ].filter((u): u is string => u !== null);
}

describe.each(NEW_PACKS)('topic pack %s', (id) => {
  const p = pack(id);

  it('is bundled, namespaces every id, and has claim topics tied to the lexicon', () => {
    expect(p.documents.length).toBeGreaterThan(25);
    for (const item of [...p.topics, ...p.entities, ...p.outlets, ...p.documents]) {
      expect(item.id.startsWith(PREFIX[id]!), item.id).toBe(true);
    }
    const claims = p.topics.filter((t) => t.kind === 'claim');
    expect(claims.length).toBeGreaterThanOrEqual(3);
    const lexiconIds = new Set(lexicon.terms.map((t) => t.id));
    for (const claim of claims) {
      expect(claim.keywords.length, claim.id).toBeGreaterThan(3);
      expect(claim.requires.length, claim.id).toBeGreaterThan(0);
      expect(claim.reason, claim.id).toBeTruthy();
      for (const entry of claim.termEntries) expect(lexiconIds.has(entry), entry).toBe(true);
    }
    // Every claim has documents that answer it.
    for (const claim of claims) {
      expect(
        p.documents.some((d) => d.topics.includes(claim.id)),
        claim.id,
      ).toBe(true);
    }
  });

  it('ties every document that answers a claim to an entity of its incident', () => {
    // Relevance needs evidence specific to a document: a claim alone ("staged") is not enough.
    const claimIds = new Set(p.topics.filter((t) => t.kind === 'claim').map((t) => t.id));
    for (const doc of p.documents.filter((d) => d.topics.some((t) => claimIds.has(t)))) {
      expect(doc.entities.length, doc.id).toBeGreaterThan(0);
    }
  });

  it('links only https pages and never a partisan or low-grade host', () => {
    for (const url of urls(p)) {
      expect(new URL(url).protocol, url).toBe('https:');
      expect(
        NEVER_LINKED.filter((host) => url.includes(host)),
        url,
      ).toEqual([]);
    }
  });

  it('ships no link it could not confirm, and every document says where it was checked', () => {
    for (const doc of p.documents) {
      if (doc.urlStatus === 'unverified' || doc.urlStatus === 'none') expect(doc.url).toBeNull();
      expect(doc.evidence.length, doc.id).toBeGreaterThan(10);
    }
    expect(p.documents.filter((d) => d.urlStatus === 'unverified').length).toBeGreaterThan(0);
  });
});

describe('facts as the notes give them', () => {
  it('MH17: withholds the unconfirmed DSB, undocs, ICAO and HUDOC addresses', () => {
    const all = urls(pack('mh17')).join(' ');
    for (const unconfirmed of [
      'onderzoeksraad.nl/en/page/3546',
      'undocs.org',
      'icao.int',
      'hudoc',
      '@96068',
    ]) {
      expect(all).not.toContain(unconfirmed);
    }
    expect(docOf('mh17.dsb-final-report')).toMatchObject({ url: null, urlStatus: 'unverified' });
    expect(docOf('mh17.echr-judgment-2025')).toMatchObject({ url: null, status: 'secondary' });
    expect(docOf('mh17.court-kharchenko-ecli').symbol).toBe('ECLI:NL:RBDHA:2022:12218');
    expect(docOf('mh17.unsc-tribunal-veto-2015').symbol).toBe('S/2015/562');
    // The sequence of Russian official versions, not only the latest one.
    for (const id of ['mh17.mod-briefing-2014', 'mh17.almaz-antey-2015', 'mh17.mod-serial-2018']) {
      expect(docOf(id).kind).toBe('statement');
    }
  });

  it('Novichok: leaves out the OPCW summary symbols no copy showed, keeps the verified ones', () => {
    const symbols = pack('novichok').documents.map((d) => d.symbol);
    for (const unconfirmed of ['S/1612/2018', 'S/1671/2018', 'S/1906/2020', '2019/88']) {
      expect(symbols).not.toContain(unconfirmed);
    }
    expect(symbols).toEqual(expect.arrayContaining(['EC-M-59/DG.1', 'C-24/DEC.4', '2020/1480']));
    expect(docOf('nov.sturgess-inquiry-report').status).toBe('secondary');
  });

  it('Ukraine: leaves out symbols only inferred from meeting numbers', () => {
    const symbols = pack('ukraine-war-claims').documents.map((d) => d.symbol);
    for (const inferred of ['S/PV.8991', 'A/77/533', 'BWC/CONS/2022/3', 'ODIHR.GAL/26/22']) {
      expect(symbols).not.toContain(inferred);
    }
    expect(symbols).toEqual(
      expect.arrayContaining(['SC/14827', 'A/HRC/52/62', 'EUR 50/5713/2022']),
    );
    expect(docOf('ukr.unsc-9033-biolabs')).toMatchObject({ url: null, urlStatus: 'unverified' });
  });

  it('does not tie documents to bodies or names that have many other cases', () => {
    const generic = [
      'mh17.dutch-safety-board',
      'mh17.prosecution-service',
      'mh17.hague-court',
      'mh17.icao-council',
      'nov.gru',
      'nov.porton-down',
      'nov.charite',
      'nov.tomsk',
      'ukr.unoda',
      'ukr.bwc',
      'ukr.hrmmu',
      'ukr.coi-ukraine',
      'ukr.moscow-mechanism',
    ];
    for (const p of NEW_PACKS.map(pack)) {
      for (const doc of p.documents) {
        expect(
          doc.entities.filter((id) => generic.includes(id)),
          doc.id,
        ).toEqual([]);
      }
    }
    // Names shared with unrelated people or things are not aliases at all.
    const aliases = packs.flatMap((p) => p.entities.flatMap((e) => [e.name, ...e.aliases]));
    for (const name of [
      'Buk',
      'Alexander Petrov',
      'Kharchenko',
      '53rd brigade',
      'Joint Investigation Team',
    ]) {
      expect(aliases, name).not.toContain(name);
    }
  });

  it('entities carry the transliterations articles use', () => {
    const aliases = (packId: string, entityId: string) =>
      pack(packId).entities.find((e) => e.id === entityId)?.aliases ?? [];
    expect(aliases('novichok', 'nov.skripal')).toContain("Skripal'");
    expect(aliases('novichok', 'nov.navalny')).toEqual(
      expect.arrayContaining(['Navalnyi', 'Nawalny']),
    );
    expect(aliases('mh17', 'mh17.hrabove')).toContain('Grabovo');
    expect(aliases('mh17', 'mh17.pervomaiskyi')).toContain('Pervomayskoye');
    expect(aliases('ukraine-war-claims', 'ukr.enerhodar')).toContain('Energodar');
  });

  it('outlet profiles name their domains and do not duplicate another pack’s', () => {
    const seen = new Map<string, string>();
    for (const p of packs) {
      for (const outlet of p.outlets) {
        for (const domain of outlet.domains) {
          expect(seen.get(domain), `${domain} in ${p.id}`).toBeUndefined();
          seen.set(domain, p.id);
        }
      }
    }
    expect(seen.get('rg.ru')).toBe('ukraine-war-claims');
    expect(seen.get('rusemb.org.uk')).toBe('novichok');
    expect(seen.get('english.pravda.ru')).toBe('mh17');
  });

  it('the new lexicon entries say why, what to write instead, and on what authority', () => {
    for (const id of ['biolabs', 'staged-event', 'nuclear-terrorism', 'fabricated-evidence']) {
      const entry = lexicon.terms.find((t) => t.id === id);
      expect(entry?.why.length, id).toBeGreaterThan(40);
      expect(entry?.alternative, id).toBeTruthy();
      expect(entry?.reference.length, id).toBeGreaterThan(10);
    }
  });
});
