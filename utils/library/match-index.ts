import type { PackDocument, PackEntity, PackTopic } from './pack-items';
import type { DocumentSummary } from './match-schema';
import { acronymOf, tokenize } from './normalize-text';
import { PhraseIndex } from './phrase-index';

/** Rows the index is built from (Dexie rows fit, extra fields are ignored). */
export interface MatchIndexSource {
  documents: readonly PackDocument[];
  entities: readonly Pick<PackEntity, 'id' | 'name' | 'aliases' | 'type'>[];
  topics: readonly PackTopic[];
}

/**
 * Everything matching needs, precomputed once: phrase → feature key, feature key → documents.
 * Feature keys are `e:<entity id>`, `t:<topic id>` and `s:<document id>` (a cited symbol).
 */
export interface MatchIndex {
  phrases: PhraseIndex;
  docs: DocumentSummary[];
  postings: Map<string, number[]>;
  entityNames: Map<string, string>;
  places: Set<string>;
  /** Place entity ids of each document (parallel to `docs`): they tell one incident from another. */
  docPlaces: string[][];
  topics: Map<string, PackTopic>;
  claimsByTerm: Map<string, string[]>;
}

/** Builds the in-memory index (pure; run once per library change, not per article). */
export function buildMatchIndex(source: MatchIndexSource): MatchIndex {
  const phrases = new PhraseIndex();
  const entityNames = new Map<string, string>();
  const places = new Set<string>();
  for (const entity of source.entities) {
    const key = `e:${entity.id}`;
    entityNames.set(entity.id, entity.name);
    if (entity.type === 'place') places.add(entity.id);
    phrases.add(entity.name, key);
    entity.aliases.forEach((alias) => phrases.add(alias, key));
    const acronym = acronymOf(entity.name);
    if (acronym) phrases.add(acronym, key, true);
  }
  const topics = new Map<string, PackTopic>();
  const claimsByTerm = new Map<string, string[]>();
  for (const topic of source.topics) {
    topics.set(topic.id, topic);
    topic.keywords.forEach((keyword) => phrases.add(keyword, `t:${topic.id}`));
    for (const entry of topic.termEntries) {
      claimsByTerm.set(entry, [...(claimsByTerm.get(entry) ?? []), topic.id]);
    }
  }
  const postings = new Map<string, number[]>();
  const post = (key: string, doc: number) => {
    const list = postings.get(key);
    if (list) list.push(doc);
    else postings.set(key, [doc]);
  };
  const docs = source.documents.map((doc, index) => {
    new Set(doc.entities).forEach((id) => post(`e:${id}`, index));
    new Set(doc.topics).forEach((id) => post(`t:${id}`, index));
    // A symbol of one word ("S") would match too much; "S/2017/904" has three.
    if (doc.symbol && tokenize(doc.symbol).length >= 2) {
      phrases.add(doc.symbol, `s:${doc.id}`, false);
      post(`s:${doc.id}`, index);
    }
    return summarize(doc);
  });
  const docPlaces = source.documents.map((doc) => doc.entities.filter((id) => places.has(id)));
  return { phrases, docs, postings, entityNames, places, docPlaces, topics, claimsByTerm };
}

function summarize(doc: PackDocument): DocumentSummary {
  const { id, kind, title, publisher, date, symbol, url, urlStatus, finding, status } = doc;
  return { id, kind, title, publisher, date, symbol, url, urlStatus, finding, status };
}
