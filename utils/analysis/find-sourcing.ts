import type { Sourcing } from './analysis-schema';
import type { Tokens } from './tokenize';
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
function passiveAt(tk: Tokens, i: number): [number, number] | null {
  let j = i;
  if (HAVE.has(tk.norm(j)) && tk.norm(j + 1) === 'been') j++;
  if (!BE.has(tk.norm(j))) return null;
  j++;
  if (tk.norm(j) === 'been' || tk.norm(j) === 'being') j++;
  if (ADVERBS.has(tk.norm(j))) j++;
  if (!PASSIVE_PARTICIPLES.has(tk.norm(j))) return null;
  if (!CLAIM_LINKS.has(tk.norm(j + 1))) return null;
  let end = j + 2;
  while (end < tk.length && end < j + MAX_CLAUSE && tk.isWord(end) && tk.norm(end) !== 'by') end++;
  while (end > j + 2 && DANGLING.has(tk.norm(end - 1))) end--;
  return [i, end];
}

/** Vague sourcing ("sources say", "reliable information at our disposal") and agentless passives. */
export function findSourcing(text: string, tk: Tokens): Sourcing[] {
  const out: Sourcing[] = [];
  let coveredUntil = 0;
  const push = (first: number, end: number, kind: Sourcing['kind'], why: string) => {
    const start = tk.start[first]!;
    const stop = tk.end[end - 1]!;
    out.push({ id: `s${out.length}`, kind, text: text.slice(start, stop), start, end: stop, why });
    coveredUntil = end;
  };
  for (let i = 0; i < tk.length; i++) {
    if (!tk.isWord(i)) continue;
    const m = sourcingMatcher.matchAt(tk, i);
    if (m) {
      push(m.first, m.end, m.value.kind, m.value.why);
      i = m.end - 1;
      continue;
    }
    if (i < coveredUntil) continue;
    const passive = passiveAt(tk, i);
    if (passive) {
      push(passive[0], passive[1], 'agentless-passive', PASSIVE_WHY);
      i = passive[1] - 1;
    }
  }
  return out;
}
