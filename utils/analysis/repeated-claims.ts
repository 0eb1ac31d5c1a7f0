import type { Speaker } from './analysis-schema';

interface Claim {
  start: number;
  stop: number;
}

// Headline, standfirst and first paragraph sit within this many characters of the top.
const TOP = 3000;
const MIN_WORDS = 4;

// Spaces, punctuation and quotation marks; a plain character class is several times faster here
// than a Unicode property escape, and the engine runs this on every claim.
const NOT_WORD = /[\s.,;:!?"'“”‘’«»‹›„‚()[\]{}\-–—…/]+/g;

/** Words only, lower case: the same words however they are punctuated or marked. */
function normalise(text: string): string {
  return text.toLowerCase().replace(NOT_WORD, ' ').trim();
}

/** Number of words in a normalised text. */
function wordCount(n: string): number {
  let count = n ? 1 : 0;
  for (let i = n.indexOf(' '); i >= 0; i = n.indexOf(' ', i + 1)) count++;
  return count;
}

/**
 * Drops a claim that repeats another word for word (a headline or standfirst restating the first
 * paragraph, a quote repeated further down), keeping the one with the surer speaker, else the later
 * one (the body's). Near the top, a claim whose words are contained in a later, longer one is a
 * repeat too. Returns the kept claims and, for each dropped one, the claim kept in its place.
 */
export function withoutRepeats<T extends Claim>(
  text: string,
  claims: readonly T[],
  speakerOf: ReadonlyMap<T, Speaker | null>,
): { kept: T[]; sameAs: Map<T, T> } {
  const sure = (c: T) => speakerOf.get(c)?.confidence ?? 0;
  const norms = claims.map((c) => normalise(text.slice(c.start, c.stop)));
  const byText = new Map<string, T>();
  const sameAs = new Map<T, T>();
  claims.forEach((c, k) => {
    const n = norms[k]!;
    if (wordCount(n) < MIN_WORDS) return;
    const other = byText.get(n);
    if (!other) {
      byText.set(n, c);
      return;
    }
    const [keep, drop] = sure(other) > sure(c) ? [other, c] : [c, other];
    sameAs.set(drop, keep);
    byText.set(n, keep);
  });
  const top = claims.filter((c) => c.start < TOP && !sameAs.has(c));
  for (const a of top) {
    const na = normalise(text.slice(a.start, a.stop));
    if (wordCount(na) < MIN_WORDS + 1) continue;
    for (const b of top) {
      if (b === a || b.start <= a.start || sameAs.has(b)) continue;
      const nb = normalise(text.slice(b.start, b.stop));
      if (nb.length > na.length && nb.includes(na)) {
        sameAs.set(a, b);
        break;
      }
    }
  }
  return { kept: claims.filter((c) => !sameAs.has(c)), sameAs };
}
