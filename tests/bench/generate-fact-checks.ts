// A synthetic ClaimReview feed in the Data Commons DataFeed shape, for tests and the bench.
// Every claim, name, place and checker is invented here; nothing is taken from a real feed.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createRandom, pick } from './prng';

const FIRST =
  'Marta Oren Ingrid Tomasz Amara Lucien Hana Dmitri Priya Felix Greta Idris Noor Pavel Selma Tariq Vera Wendell Yusuf Zofia Anselm Bettina Cyrus Delphine Emeka Farida Gideon Helka Ivo Jasna Kofi Liesel Matteo Nadia Osric Petra Quentin Rosalind Soren Tamsin'.split(
    ' ',
  );
const LAST =
  'Velasquez Hale Solberg Wrona Okafor Brack Mirzaei Kolev Raman Ostrander Falk Ndiaye Marchetti Quist Lindqvist Abara Dunmore Keszler Aguirre Baptiste Corwin Devereux Esterhazy Fonseca Grunwald Halloran Ibsen Jovanovic Kettering Larkspur Moravec Nakamura Oyelaran Pettifer Rasmussen Szabo Thorne Underhill Varga Whitlock'.split(
    ' ',
  );
const PLACES =
  'Port Ardent|Kessel|Lowmarsh|Varnholm|Brinemouth|Castelnor|Eastwick Vale|Hollin Ford|Marrow Bay|Quenby|Redcliff|Saltreach|Tarrow|Upton Fell|Wendlemoor|Yarrowdale'.split(
    '|',
  );
const THINGS =
  'bus fares|school meals|hospital beds|police numbers|rent controls|the harbour tunnel|the grain subsidy|flood defences|the night-train service|teacher salaries|the water tariff|the new bridge|wind farms|the ferry contract|pension payments|speed cameras|library hours|the coal plant|fishing quotas|the stadium loan'.split(
    '|',
  );
const TEMPLATES = [
  '{P} said {T} in {L} rose by {N} percent last year.',
  '{T} in {L} fell by {N} percent since {Y}.',
  '{P} voted against funding for {T} in {Y}.',
  'The council in {L} spent {N} million on {T}.',
  '{L} has the highest {T} costs in the region.',
  'Under {P}, {T} were cut by half.',
  '{P} promised to scrap {T} before the election.',
  'A photo shows crowds protesting {T} in {L}.',
  'The government of {L} secretly sold {T} to a foreign company.',
  '{N} people lost their jobs after {P} closed {T}.',
  '{T} will cost every household in {L} {N} a year.',
  'Crime in {L} doubled after {P} took office.',
  '{P} never supported {T}.',
  'Video shows {P} admitting that {T} was a mistake.',
  '{L} received {N} refugees last month.',
  'Taxes on {T} went up {N} times under {P}.',
  '{P} has been arrested over {T} in {L}.',
  'Nine in ten residents of {L} oppose {T}.',
];
const CHECKERS = [
  ['Harbour Fact Desk', 'https://harbourfacts.example/'],
  ['Northfield Verify', 'https://verify.northfield.example/'],
  ['The Claim Ledger', 'https://claimledger.example/'],
  ['Valley Truth Check', 'https://truthcheck.valley.example/'],
] as const;
const VERDICTS = [
  'False',
  'Mostly false',
  'Misleading',
  'Half true',
  'Mostly true',
  'True',
  'Missing context',
  'Unproven',
];

/** The `i`-th synthetic ClaimReview (the same on every run); about 2% are invalid on purpose. */
export function syntheticClaimReview(i: number, random: () => number): Record<string, unknown> {
  const person = `${pick(random, FIRST)} ${pick(random, LAST)}`;
  const fill = (t: string) =>
    t
      .replaceAll('{P}', person)
      .replaceAll('{L}', pick(random, PLACES))
      .replaceAll('{T}', pick(random, THINGS))
      .replaceAll('{N}', String(2 + Math.floor(random() * 90)))
      .replaceAll('{Y}', String(2010 + Math.floor(random() * 15)));
  const [checker, site] = pick(random, CHECKERS);
  const year = 2016 + Math.floor(random() * 10);
  const date = `${year}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
  const flaw = random();
  const verdict = pick(random, VERDICTS);
  return {
    '@type': 'ClaimReview',
    datePublished: date,
    url: flaw < 0.01 ? undefined : flaw < 0.015 ? `javascript:alert(${i})` : `${site}checks/${i}`,
    claimReviewed: flaw >= 0.015 && flaw < 0.02 ? '' : fill(pick(random, TEMPLATES)),
    author: { '@type': 'Organization', name: checker, url: site },
    reviewRating: {
      '@type': 'Rating',
      alternateName: verdict,
      ratingValue: String(1 + VERDICTS.indexOf(verdict)),
      bestRating: '8',
      worstRating: 1,
    },
    itemReviewed: {
      '@type': 'Claim',
      author: { '@type': 'Person', name: person },
      datePublished: date,
      appearance: [{ '@type': 'CreativeWork', url: `https://social.example/post/${i}` }],
    },
    sdPublisher: { '@type': 'Organization', name: 'Synthetic Feed Compiler' },
    sdLicense: 'https://creativecommons.org/licenses/by/4.0/',
  };
}

/** The feed as strings, a few records per DataFeed entry, some entries with `"item": null`. */
export function* feedChunks(count: number, seed = 15): Generator<string> {
  const random = createRandom(seed);
  yield '{"@context":"https://schema.org","@type":"DataFeed","dataFeedElement":[';
  let first = true;
  for (let i = 0; i < count;) {
    const size = Math.min(count - i, 1 + Math.floor(random() * 3));
    const items = Array.from({ length: size }, (_, k) => syntheticClaimReview(i + k, random));
    i += size;
    const entry = { '@type': 'DataFeedItem', dateCreated: '2026-01-01', item: items };
    yield (first ? '' : ',') + JSON.stringify(entry);
    first = false;
    if (random() < 0.02) yield ',{"@type":"DataFeedItem","item":null}';
  }
  yield ']}';
}

/** The whole feed in memory (small counts, for tests). */
export function feedJson(count: number, seed?: number): string {
  return [...feedChunks(count, seed)].join('');
}

/** Writes the feed to `file` without holding it in memory. */
export async function writeFeedFile(file: string, count: number, seed?: number): Promise<void> {
  const out = createWriteStream(file);
  for (const chunk of feedChunks(count, seed)) {
    if (!out.write(chunk)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}
