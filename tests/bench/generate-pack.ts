import type { PackDocument, PackEntity, PackTopic } from '../../utils/library/pack-items';
import type { SourcePackInput } from '../../utils/library/pack-schema';
import { ORGS, PEOPLE, PLACES } from './article-templates';
import { createRandom, pick } from './prng';

const SYLLABLES = ['ka', 'lo', 'mer', 'vin', 'tor', 'sa', 'del', 'bru', 'ni', 'ost', 'ra', 'fen'];
const KINDS = ['report', 'statement', 'research', 'fact-check', 'news'] as const;
const STATUSES = ['verified-stored', 'verified-mirror', 'secondary', 'unverified'] as const;
const TOPICS: [string, string[], string[]][] = [
  ['floods', ['flood', 'flooding', 'river rose', 'sandbags'], []],
  ['port', ['harbour', 'port authority', 'quays', 'ferry'], []],
  ['tender', ['contract', 'tender', 'procurement'], []],
  ['evacuation', ['evacuation', 'temporary shelters', 'evacuation order'], []],
  ['grain', ['grain', 'harvest', 'tariff'], []],
  ['protest', ['sit-in', 'blockade', 'protesters'], []],
  ['claim.sabotage', ['sabotage', 'staged'], ['staged', 'false-flag']],
  ['claim.cover-up', ['cover-up', 'hiding the real cost'], ['sham', 'smear']],
];

const slug = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

function syntheticName(random: () => number, words: number): string {
  return Array.from({ length: words }, () => {
    const w = pick(random, SYLLABLES) + pick(random, SYLLABLES) + pick(random, SYLLABLES);
    return w[0]!.toUpperCase() + w.slice(1);
  }).join(' ');
}

function entities(random: () => number, count: number): PackEntity[] {
  const base = { summary: '', status: 'secondary' as const, references: [], generic: false };
  const named: PackEntity[] = [
    ...PEOPLE.map((name) => ({
      ...base,
      id: slug(name),
      name,
      type: 'person' as const,
      aliases: [],
    })),
    ...ORGS.map((n) => ({
      ...base,
      id: slug(n),
      name: n.replace(/^the /, ''),
      type: 'organisation' as const,
      aliases: [],
    })),
    ...PLACES.map((n) => ({
      ...base,
      id: slug(n),
      name: n.replace(/^the /, ''),
      type: 'place' as const,
      aliases: [],
    })),
  ];
  const types = ['person', 'organisation', 'place', 'other'] as const;
  for (let i = named.length; i < count; i++) {
    const name = `${syntheticName(random, 1 + (i % 3))} ${i}`;
    named.push({
      ...base,
      id: `ent-${i}`,
      name,
      type: types[i % 4]!,
      aliases: [`${syntheticName(random, 2)}`],
    });
  }
  return named;
}

function topics(): PackTopic[] {
  return TOPICS.map(([id, keywords, termEntries]) => ({
    id,
    name: id,
    kind: id.startsWith('claim.') ? 'claim' : 'subject',
    reason: null,
    keywords,
    termEntries,
    requires: id.startsWith('claim.') ? ['floods'] : [],
    generic: false,
  }));
}

/** A valid source pack of `count` synthetic documents over 2,000 entities (deterministic). */
export function generatePack(count: number, seed = 5): SourcePackInput {
  const random = createRandom(seed);
  const ents = entities(random, 2000);
  const tops = topics();
  const documents: PackDocument[] = Array.from({ length: count }, (_, i) => ({
    id: `doc-${i}`,
    kind: pick(random, KINDS),
    title: `Inquiry note ${i} on ${syntheticName(random, 2)}`,
    publisher: syntheticName(random, 1),
    date: `${2000 + (i % 25)}-${String(1 + (i % 12)).padStart(2, '0')}`,
    symbol: i % 4 === 0 ? `BX/${2000 + (i % 25)}/${i}` : null,
    url: null,
    urlStatus: 'none',
    finding: `Finding ${i}: the record shows ${syntheticName(random, 2)} acted within the rules.`,
    evidence: '',
    topics: [pick(random, tops).id, ...(random() < 0.3 ? [pick(random, tops).id] : [])],
    entities: Array.from({ length: 1 + Math.floor(random() * 4) }, () => pick(random, ents).id),
    status: pick(random, STATUSES),
  }));
  return {
    format: 'sourcelight-pack',
    formatVersion: 1,
    id: 'bench-synthetic',
    name: 'Bench: synthetic library',
    version: 1,
    author: 'Sourcelight bench',
    licence: 'CC0 (generated)',
    topics: tops,
    entities: ents,
    documents,
  };
}
