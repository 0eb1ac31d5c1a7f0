import type { MatchIndex } from './match-index';
import type { DocumentMatch } from './match-schema';

/** One feature a document shares with the article, and what it added to the score. */
export interface Hit {
  key: string;
  weight: number;
}

/** Turns a document's hits into reasons a reader understands. */
export function describeMatch(
  index: MatchIndex,
  hits: Hit[],
): Pick<DocumentMatch, 'reasons' | 'matched'> {
  const sorted = [...hits].sort((a, b) => b.weight - a.weight);
  const matched = {
    entities: [] as string[],
    topics: [] as string[],
    claims: [] as string[],
    symbols: [] as string[],
  };
  const reasons: string[] = [];
  for (const { key } of sorted) {
    const id = key.slice(2);
    if (key.startsWith('s:')) {
      matched.symbols.push(index.docs.find((d) => d.id === id)?.symbol ?? id);
    } else if (key.startsWith('e:')) {
      matched.entities.push(id);
    } else if (index.topics.get(id)?.kind === 'claim') {
      matched.claims.push(id);
    } else {
      matched.topics.push(id);
    }
  }
  matched.symbols.forEach((symbol) => reasons.push(`cites ${symbol}`));
  if (matched.entities.length > 0) {
    const names = matched.entities.map((id) => index.entityNames.get(id) ?? id);
    reasons.push(`mentions ${listNames(names)}`);
  }
  for (const id of matched.claims) {
    const topic = index.topics.get(id);
    reasons.push(topic?.reason ?? `claims ${topic?.name ?? id}`);
  }
  for (const id of matched.topics.slice(0, 2)) {
    const topic = index.topics.get(id);
    reasons.push(topic?.reason ?? `is about ${topic?.name ?? id}`);
  }
  return { reasons, matched };
}

function listNames(names: string[]): string {
  const shown = names.slice(0, 3);
  const rest = names.length - shown.length;
  if (rest > 0) return `${shown.join(', ')} and ${rest} more`;
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
}
