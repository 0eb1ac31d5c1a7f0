import type { Sourcing } from './analysis-schema';
import type { Token } from './tokenize';
import { PASSIVE_PARTICIPLES, PASSIVE_WHY, sourcingMatcher } from './vocabulary';

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
const HAVE = new Set(['has', 'have', 'had']);
const ADVERBS = new Set([
  'widely',
  'long',
  'previously',
  'also',
  'reportedly',
  'repeatedly',
  'often',
  'generally',
  'commonly',
  'allegedly',
  'now',
  'already',
  'since',
]);
// An agentless passive is flagged only when it carries a claim ("documented to have", "believed that").
const CLAIM_LINKS = new Set(['to', 'that', 'as']);
const MAX_CLAUSE = 10;
const DANGLING = new Set([
  'as',
  'and',
  'or',
  'the',
  'a',
  'an',
  'of',
  'with',
  'to',
  'in',
  'on',
  'for',
  'well',
]);

/** Token range of an agentless passive starting at `i` ("has been documented to have ties"), or null. */
function passiveAt(tokens: readonly Token[], i: number): [number, number] | null {
  let j = i;
  if (HAVE.has(tokens[j]!.norm) && tokens[j + 1]?.norm === 'been') j++;
  if (!BE.has(tokens[j]!.norm)) return null;
  j++;
  if (tokens[j]?.norm === 'been' || tokens[j]?.norm === 'being') j++;
  if (tokens[j] && ADVERBS.has(tokens[j]!.norm)) j++;
  const participle = tokens[j];
  if (!participle || !PASSIVE_PARTICIPLES.has(participle.norm)) return null;
  if (!CLAIM_LINKS.has(tokens[j + 1]?.norm ?? '')) return null;
  let end = j + 2;
  while (
    end < tokens.length &&
    end < j + MAX_CLAUSE &&
    tokens[end]!.kind === 'word' &&
    tokens[end]!.norm !== 'by'
  )
    end++;
  while (end > j + 2 && DANGLING.has(tokens[end - 1]!.norm)) end--;
  return [i, end];
}

/** Vague sourcing ("sources say", "reliable information at our disposal") and agentless passives. */
export function findSourcing(text: string, tokens: readonly Token[]): Omit<Sourcing, 'id'>[] {
  const out: Omit<Sourcing, 'id'>[] = [];
  let coveredUntil = 0;
  const push = (first: number, end: number, kind: Sourcing['kind'], why: string) => {
    const start = tokens[first]!.start;
    const stop = tokens[end - 1]!.end;
    out.push({ kind, text: text.slice(start, stop), start, end: stop, why });
    coveredUntil = end;
  };
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.kind !== 'word') continue;
    const m = sourcingMatcher.matchAt(tokens, i);
    if (m) {
      push(m.first, m.end, m.value.kind, m.value.why);
      i = m.end - 1;
      continue;
    }
    if (i < coveredUntil) continue;
    const passive = passiveAt(tokens, i);
    if (passive) {
      push(passive[0], passive[1], 'agentless-passive', PASSIVE_WHY);
      i = passive[1] - 1;
    }
  }
  return out;
}
