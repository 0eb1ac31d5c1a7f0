import type { MatchIndex } from './match-index';
import { tokenize } from './normalize-text';

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
  const features = index.phrases.scan(tokenize(input.text));
  for (const name of input.names ?? []) {
    for (const key of index.phrases.scan(tokenize(name)).keys()) {
      if (!features.has(key)) features.set(key, 1);
    }
  }
  for (const entry of input.termEntries ?? []) {
    for (const topicId of index.claimsByTerm.get(entry) ?? []) {
      const key = `t:${topicId}`;
      features.set(key, (features.get(key) ?? 0) + 1);
    }
  }
  // "staged" says nothing about chemical weapons unless the article is about them.
  const context = input.context ?? features;
  for (const key of [...features.keys()]) {
    if (!key.startsWith('t:')) continue;
    const topic = index.topics.get(key.slice(2));
    const unmet = topic?.requires.some((id) => !context.has(`t:${id}`) && !context.has(`e:${id}`));
    if (unmet) features.delete(key);
  }
  return features;
}
