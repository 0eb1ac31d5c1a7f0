import type { Analysis } from '../analysis/analysis-schema';
import { detectFeatures, type Features } from './detect-features';
import type { MatchIndex } from './match-index';
import type { DocumentMatch } from './match-schema';
import { describeMatch, type Hit } from './match-reasons';
import { KIND_FACTOR, MIN_SCORE, OTHER_PLACE_FACTOR, STATUS_FACTOR, WEIGHT } from './match-weights';
import { evidenceOf, relevanceRule, type RelevanceRule } from './relevance-rules';
import { topK } from './top-k';
import { diversify } from './diversify';

/** What the matcher reads: the article text and the claim engine's analysis of it. */
export interface MatchInput {
  text: string;
  analysis: Pick<Analysis, 'entities' | 'terms' | 'quotes'>;
}

export interface MatchOptions {
  limit?: number;
  quoteLinksPerQuote?: number;
}

/** One document an article shares features with, scored and judged by the relevance rules. */
export interface Assessment {
  doc: number;
  list: Hit[];
  score: number;
  rule: RelevanceRule | null;
}

/** Every document the article shares a feature with, whether or not it qualifies (pure). */
export function assessDocuments(
  index: MatchIndex,
  input: MatchInput,
): { features: Features; assessments: Assessment[] } {
  const features = articleFeatures(index, input);
  const hits = scoreDocuments(index, features);
  const articlePlaces = [...features.keys()].filter(
    (k) => k.startsWith('e:') && index.places.has(k.slice(2)),
  );
  const factor = (doc: number) => {
    const { status, kind } = index.docs[doc]!;
    const places = index.docPlaces[doc]!;
    const elsewhere =
      articlePlaces.length > 0 &&
      places.length > 0 &&
      !places.some((id) => features.has(`e:${id}`));
    return STATUS_FACTOR[status] * KIND_FACTOR[kind] * (elsewhere ? OTHER_PLACE_FACTOR : 1);
  };
  const assessments = [...hits].map(([doc, list]) => ({
    doc,
    list,
    score: total(list) * factor(doc),
    rule: relevanceRule(evidenceOf(index, list)),
  }));
  return { features, assessments };
}

/** True when an assessed document may be listed: a relevance rule met and the minimum score. */
export function isListed(a: Pick<Assessment, 'rule' | 'score'>): boolean {
  return a.rule !== null && a.score >= MIN_SCORE;
}

/** Ranks the documents an article is about using a prebuilt index (pure and synchronous). */
export function matchWithIndex(
  index: MatchIndex,
  input: MatchInput,
  options: MatchOptions = {},
): DocumentMatch[] {
  const { features, assessments } = assessDocuments(index, input);
  const limit = options.limit ?? 10;
  const candidates = topK(
    assessments.filter(isListed),
    limit * 4,
    (a, b) => b.score - a.score || compareDates(index, b.doc, a.doc),
  );
  const ranked = diversify(candidates, limit, (c) => index.docs[c.doc]!.publisher);

  const quoteLinks = linkQuotes(
    index,
    input,
    features,
    ranked.map((r) => r.doc),
    options,
  );
  return ranked.map(({ doc, list, score }) => ({
    ...describeMatch(index, list),
    document: index.docs[doc]!,
    score: Math.round(score * 100) / 100,
    quoteIds: quoteLinks.get(doc) ?? [],
  }));
}

function articleFeatures(index: MatchIndex, input: MatchInput): Features {
  const { analysis } = input;
  return detectFeatures(index, {
    text: input.text,
    names: analysis.entities.flatMap((e) => [e.name, ...e.aliases]),
    termEntries: analysis.terms.map((t) => t.entry),
  });
}

/** Strong features (entities, claims, symbols) create candidates; subjects only add to them. */
function scoreDocuments(index: MatchIndex, features: Features): Map<number, Hit[]> {
  const hits = new Map<number, Hit[]>();
  const subjects: [string, number][] = [];
  for (const [key, count] of features) {
    const kind = featureKind(index, key);
    if (kind === 't') {
      subjects.push([key, count]);
      continue;
    }
    const place = kind === 'e' && index.places.has(key.slice(2));
    addHits(index, hits, key, place ? WEIGHT.place : WEIGHT[kind], count, true);
  }
  for (const [key, count] of subjects) addHits(index, hits, key, WEIGHT.t, count, false);
  return hits;
}

function addHits(
  index: MatchIndex,
  hits: Map<number, Hit[]>,
  key: string,
  base: number,
  count: number,
  create: boolean,
) {
  const posting = index.postings.get(key);
  if (!posting) return;
  // Rare features say more: OPCW is in most documents, Umm Hawsh in one.
  const weight =
    (base * (1 + 0.5 * Math.log2(Math.min(count, 8)))) / (1 + Math.log10(posting.length));
  for (const doc of posting) {
    const list = hits.get(doc);
    if (list) list.push({ key, weight });
    else if (create) hits.set(doc, [{ key, weight }]);
  }
}

function featureKind(index: MatchIndex, key: string): 'e' | 't' | 'claim' | 's' {
  if (key.startsWith('e:')) return 'e';
  if (key.startsWith('s:')) return 's';
  return index.topics.get(key.slice(2))?.kind === 'claim' ? 'claim' : 't';
}

function linkQuotes(
  index: MatchIndex,
  input: MatchInput,
  context: Features,
  docs: number[],
  options: MatchOptions,
) {
  const links = new Map<number, string[]>();
  for (const quote of input.analysis.quotes) {
    const termEntries = input.analysis.terms
      .filter((t) => t.quoteId === quote.id)
      .map((t) => t.entry);
    const own = detectFeatures(index, { text: quote.text, termEntries, context });
    own.forEach((_count, key) => {
      if (featureKind(index, key) === 't') own.delete(key);
    });
    if (own.size === 0) continue;
    const scores = scoreDocuments(index, own);
    docs
      .filter((doc) => scores.has(doc))
      .sort((a, b) => total(scores.get(b)!) - total(scores.get(a)!))
      .slice(0, options.quoteLinksPerQuote ?? 3)
      .forEach((doc) => links.set(doc, [...(links.get(doc) ?? []), quote.id]));
  }
  return links;
}

function total(list: Hit[]): number {
  return list.reduce((sum, hit) => sum + hit.weight, 0);
}

function compareDates(index: MatchIndex, a: number, b: number): number {
  return (index.docs[a]!.date ?? '').localeCompare(index.docs[b]!.date ?? '');
}
