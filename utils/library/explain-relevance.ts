import { assessDocuments, isListed, type Assessment, type MatchInput } from './match-core';
import type { MatchIndex } from './match-index';
import { describeMatch } from './match-reasons';
import { MIN_SCORE } from './match-weights';
import { evidenceOf, type RelevanceRule } from './relevance-rules';

/** Why one document is or is not listed for an article, in words a pack author understands. */
export interface DocumentExplanation {
  id: string;
  title: string;
  listed: boolean;
  rule: RelevanceRule | null;
  score: number;
  /** What the article shares with the document. */
  found: string[];
  /** What the document still needs, any one of them (empty when it is listed). */
  missing: string[];
}

const RULE_WORDS: Record<RelevanceRule, string> = {
  symbol: 'the article cites its symbol',
  claim: 'one of its claims with a place or specific name of its incident',
  names: 'two of its specific names',
  subject: 'a specific name with one of its subjects',
};

/** Every document the article qualifies for, best first (no limit, unlike the panel's list). */
export function explainArticle(index: MatchIndex, input: MatchInput): DocumentExplanation[] {
  return assessDocuments(index, input)
    .assessments.filter(isListed)
    .sort((a, b) => b.score - a.score)
    .map((a) => explain(index, a.doc, a));
}

/** Why the document `id` is or is not listed for the article; null for an unknown id. */
export function explainDocument(
  index: MatchIndex,
  input: MatchInput,
  id: string,
): DocumentExplanation | null {
  const doc = index.docs.findIndex((d) => d.id === id);
  if (doc < 0) return null;
  const found = assessDocuments(index, input).assessments.find((a) => a.doc === doc);
  return explain(index, doc, found ?? { doc, list: [], score: 0, rule: null });
}

function explain(index: MatchIndex, doc: number, a: Assessment): DocumentExplanation {
  const { id, title } = index.docs[doc]!;
  const listed = isListed(a);
  const e = evidenceOf(index, a.list);
  const found = [...describeMatch(index, a.list).reasons];
  if (e.generic.length > 0) {
    found.push(`${names(index, e.generic)}: generic, so never enough on its own`);
  }
  if (found.length === 0)
    found.push('nothing: the article shares no name, topic or symbol with it');
  const missing: string[] = [];
  if (!listed && a.rule) {
    missing.push(
      `a score of ${MIN_SCORE} (it has ${a.score.toFixed(2)}): name its subjects or places more often, or cite it`,
    );
  } else if (!listed) {
    missing.push(...needs(index, doc));
  }
  const rule = listed ? a.rule : null;
  if (rule) found.unshift(`listed because of ${RULE_WORDS[rule]}`);
  return { id, title, listed, rule, score: Math.round(a.score * 100) / 100, found, missing };
}

// The evidence that would qualify the document, built from its own symbol, claims and names.
function needs(index: MatchIndex, doc: number): string[] {
  const keys = index.docKeys[doc] ?? [];
  const of = (test: (key: string) => boolean) => keys.filter(test).map((k) => k.slice(2));
  const symbol = index.docs[doc]!.symbol;
  const claims = of((k) => k.startsWith('t:') && !index.generic.has(k) && isClaim(index, k));
  const subjects = of((k) => k.startsWith('t:') && !index.generic.has(k) && !isClaim(index, k));
  const specific = of((k) => k.startsWith('e:') && !index.generic.has(k));
  const places = of((k) => k.startsWith('e:') && index.places.has(k.slice(2)));
  const out: string[] = [];
  if (symbol && keys.some((k) => k.startsWith('s:'))) out.push(`cite its symbol ${symbol}`);
  if (claims.length > 0 && places.length + specific.length > 0) {
    out.push(
      `one of its claims (${topicNames(index, claims)}) with ${names(index, [...new Set([...places, ...specific])])}`,
    );
  }
  if (specific.length >= 2) out.push(`two of ${names(index, specific)}`);
  if (specific.length > 0 && subjects.length > 0) {
    out.push(`one of ${names(index, specific)} with ${topicNames(index, subjects)}`);
  }
  if (out.length === 0) {
    return ['nothing can qualify it: give it a symbol, or specific (not generic) names and topics'];
  }
  return out;
}

function isClaim(index: MatchIndex, key: string): boolean {
  return index.topics.get(key.slice(2))?.kind === 'claim';
}

function names(index: MatchIndex, ids: string[]): string {
  return ids.map((id) => index.entityNames.get(id) ?? index.topics.get(id)?.name ?? id).join(', ');
}

function topicNames(index: MatchIndex, ids: string[]): string {
  return ids.map((id) => index.topics.get(id)?.name ?? id).join(', ');
}
