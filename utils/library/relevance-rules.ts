import type { MatchIndex } from './match-index';
import type { Hit } from './match-reasons';

/**
 * Which rule made an article about a document:
 * - symbol: the article cites the document's symbol (S/2017/904);
 * - claim: one of the document's claims and a place or specific name of its incident;
 * - names: two or more of the document's specific names;
 * - subject: one specific name and one of the document's specific subjects.
 */
export type RelevanceRule = 'symbol' | 'claim' | 'names' | 'subject';

/** What an article shares with one document, sorted by kind of evidence (ids, not names). */
export interface Evidence {
  symbols: string[];
  claims: string[];
  subjects: string[];
  /** Entities not marked generic (places included). */
  specific: string[];
  /** Place entities, generic or not: where the document's incident happened. */
  places: string[];
  /** Entities and topics marked generic: they score, but never qualify alone. */
  generic: string[];
}

/** Sorts a document's hits into the kinds of evidence the rules read. */
export function evidenceOf(index: MatchIndex, hits: readonly Hit[]): Evidence {
  const e: Evidence = {
    symbols: [],
    claims: [],
    subjects: [],
    specific: [],
    places: [],
    generic: [],
  };
  for (const { key } of hits) {
    const id = key.slice(2);
    if (key.startsWith('s:')) {
      e.symbols.push(id);
      continue;
    }
    if (key.startsWith('e:') && index.places.has(id)) e.places.push(id);
    if (index.generic.has(key)) e.generic.push(id);
    else if (key.startsWith('e:')) e.specific.push(id);
    else if (index.topics.get(id)?.kind === 'claim') e.claims.push(id);
    else e.subjects.push(id);
  }
  return e;
}

/** The first rule the evidence meets, or null: a document without one is not listed. */
export function relevanceRule(e: Evidence): RelevanceRule | null {
  if (e.symbols.length > 0) return 'symbol';
  if (e.claims.length > 0 && (e.places.length > 0 || e.specific.length > 0)) return 'claim';
  if (e.specific.length >= 2) return 'names';
  if (e.specific.length >= 1 && e.subjects.length > 0) return 'subject';
  return null;
}
