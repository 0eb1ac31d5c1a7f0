import type { MatchIndex } from './match-index';
import { tokenize } from './normalize-text';
import type { ShortPhrasePolicy } from './phrase-index';
import { inRunningText } from './running-text';

/** Feature key → how often the text shows it (see MatchIndex for the key format). */
export type Features = Map<string, number>;

export interface DetectInput {
  text: string;
  /** Names the claim engine resolved (entity names and aliases). */
  names?: readonly string[];
  /** Lexicon entries the claim engine found (Term.entry). */
  termEntries?: readonly string[];
  /** Features of the whole article, for a quote's `requires` checks. */
  context?: Features;
}

/** Finds the entities, topics, claims and document symbols a text contains. */
export function detectFeatures(index: MatchIndex, input: DetectInput): Features {
  const tokens = tokenize(input.text);
  const short: ShortPhrasePolicy = {
    counts: new Map(),
    accept: (all, start, length) =>
      inRunningText(input.text, all, start, length, (w) => index.phrases.isShortWord(w)),
  };
  const features = index.phrases.scan(tokens, new Map(), short);
  // A name the claim engine found is no running text: acronyms in it say nothing on their own.
  const ignoreShort: ShortPhrasePolicy = { counts: new Map(), accept: () => false };
  for (const name of input.names ?? []) {
    for (const key of index.phrases.scan(tokenize(name), new Map(), ignoreShort).keys()) {
      if (!features.has(key)) features.set(key, 1);
    }
  }
  for (const entry of input.termEntries ?? []) {
    for (const topicId of index.claimsByTerm.get(entry) ?? []) {
      const key = `t:${topicId}`;
      features.set(key, (features.get(key) ?? 0) + 1);
    }
  }
  const context = input.context ?? features;
  addShortHits(index, short.counts, features, context);
  // "staged" says nothing about chemical weapons unless the article is about them.
  for (const key of [...features.keys()]) {
    if (!key.startsWith('t:')) continue;
    const topic = index.topics.get(key.slice(2));
    const unmet = topic?.requires.some((id) => !context.has(`t:${id}`) && !context.has(`e:${id}`));
    if (unmet) features.delete(key);
  }
  return features;
}

/** "JIM" counts only beside "Joint Investigative Mechanism" or one of its subjects (chemical weapons). */
function addShortHits(index: MatchIndex, short: Features, features: Features, context: Features) {
  // Topics first: an acronym that is a topic keyword ("MH17") can be the subject an entity needs.
  const ordered = [...short].sort(
    ([a], [b]) => Number(a.startsWith('e:')) - Number(b.startsWith('e:')),
  );
  for (const [key, count] of ordered) {
    const entity = key.startsWith('e:') ? key.slice(2) : null;
    const backed =
      entity === null ||
      context.has(key) ||
      (index.entitySubjects.get(entity) ?? []).some((id) => context.has(`t:${id}`));
    if (backed) features.set(key, (features.get(key) ?? 0) + count);
  }
}
