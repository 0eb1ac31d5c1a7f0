import type { PackDocument, PackEntity, PackTopic } from './pack-items';
import type { DocumentSummary } from './match-schema';
import { acronymOf, tokenize } from './normalize-text';
import { PhraseIndex } from './phrase-index';

/** Rows the index is built from (Dexie rows fit, extra fields are ignored). */
export interface MatchIndexSource {
  documents: readonly PackDocument[];
  entities: readonly (Pick<PackEntity, 'id' | 'name' | 'aliases' | 'type'> & {
    generic?: boolean;
  })[];
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
  /** Feature keys of each document (parallel to `docs`), for explaining why it did not match. */
  docKeys: string[][];
  topics: Map<string, PackTopic>;
  claimsByTerm: Map<string, string[]>;
  /** Entities and topics marked generic: they score but never qualify a document alone. */
  generic: Set<string>;
  /** Entity id → the specific subjects of its documents (what makes its acronym count). */
  entitySubjects: Map<string, string[]>;
}

/** Builds the in-memory index (pure; run once per library change, not per article). */
export function buildMatchIndex(source: MatchIndexSource): MatchIndex {
  const phrases = new PhraseIndex();
  const entityNames = new Map<string, string>();
  const places = new Set<string>();
  const generic = new Set<string>();
  for (const entity of source.entities) {
    const key = `e:${entity.id}`;
    entityNames.set(entity.id, entity.name);
    if (entity.generic) generic.add(key);
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
    if (topic.generic) generic.add(`t:${topic.id}`);
    topic.keywords.forEach((keyword) => phrases.add(keyword, `t:${topic.id}`));
    for (const entry of topic.termEntries) {
      claimsByTerm.set(entry, [...(claimsByTerm.get(entry) ?? []), topic.id]);
    }
  }
  addKeywordsInsideNames(phrases, source);
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
  const entitySubjects = subjectsOfEntities(source.documents, topics, generic);
  const docKeys = source.documents.map((doc) => [
    ...(postings.has(`s:${doc.id}`) ? [`s:${doc.id}`] : []),
    ...new Set(doc.topics.map((id) => `t:${id}`)),
    ...new Set(doc.entities.map((id) => `e:${id}`)),
  ]);
  return {
    phrases,
    docs,
    postings,
    entityNames,
    places,
    docPlaces,
    docKeys,
    topics,
    claimsByTerm,
    generic,
    entitySubjects,
  };
}

/**
 * The longest phrase wins, so the name "Flight MH17" would hide the keyword "MH17" inside it and a
 * claim that requires the downing would be lost where the flight is named in full: a name also
 * counts for the topic keywords it contains (the text does contain them).
 */
function addKeywordsInsideNames(phrases: PhraseIndex, source: MatchIndexSource) {
  const byFirst = new Map<string, { words: string[]; key: string }[]>();
  for (const topic of source.topics) {
    for (const keyword of topic.keywords) {
      const words = tokenize(keyword).map((t) => t.norm);
      if (words.length === 0) continue;
      byFirst.set(words[0]!, [...(byFirst.get(words[0]!) ?? []), { words, key: `t:${topic.id}` }]);
    }
  }
  for (const entity of source.entities) {
    for (const name of [entity.name, ...entity.aliases]) {
      const words = tokenize(name).map((t) => t.norm);
      const keys = new Set<string>();
      words.forEach((word, i) => {
        for (const keyword of byFirst.get(word) ?? []) {
          const inside =
            keyword.words.length < words.length &&
            keyword.words.every((w, j) => words[i + j] === w);
          if (inside) keys.add(keyword.key);
        }
      });
      keys.forEach((key) => phrases.add(name, key));
    }
  }
}

// "JIM" counts where chemical weapons are the subject: the subjects its documents are about.
function subjectsOfEntities(
  documents: readonly PackDocument[],
  topics: Map<string, PackTopic>,
  generic: Set<string>,
): Map<string, string[]> {
  const out = new Map<string, Set<string>>();
  for (const doc of documents) {
    const subjects = doc.topics.filter(
      (id) => topics.get(id)?.kind === 'subject' && !generic.has(`t:${id}`),
    );
    for (const entity of doc.entities) {
      const set = out.get(entity) ?? new Set<string>();
      subjects.forEach((id) => set.add(id));
      out.set(entity, set);
    }
  }
  return new Map([...out].map(([id, set]) => [id, [...set]]));
}

function summarize(doc: PackDocument): DocumentSummary {
  const { id, kind, title, publisher, date, symbol, url, urlStatus, finding, status } = doc;
  return { id, kind, title, publisher, date, symbol, url, urlStatus, finding, status };
}
