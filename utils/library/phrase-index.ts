import { isCaseSensitiveAlias, tokenize, type Token } from './normalize-text';

interface Phrase {
  norms: string[];
  /** Exact words for case-sensitive acronyms ("WHO" but not "who"); null otherwise. */
  raw: string[] | null;
  keys: string[];
}

/**
 * How scan treats short all-capital phrases ("JIM", "OPCW"): `accept` says whether an occurrence
 * reads as a name in running text; accepted hits are counted in `counts`, apart from the others,
 * so the caller can ask for the expansion or the subject as well.
 */
export interface ShortPhrasePolicy {
  accept(tokens: readonly Token[], start: number, length: number): boolean;
  counts: Map<string, number>;
}

/** Finds many phrases in one pass over an article: phrases are bucketed by their first word. */
export class PhraseIndex {
  private readonly byFirst = new Map<string, Phrase[]>();
  private readonly bySignature = new Map<string, Phrase>();
  private readonly shortWords = new Set<string>();
  private sorted = true;

  /** Registers `phrase` as a way of writing `key`. */
  add(phrase: string, key: string, caseSensitive = isCaseSensitiveAlias(phrase)): void {
    const tokens = tokenize(phrase);
    const first = tokens[0];
    if (!first) return;
    const norms = tokens.map((t) => t.norm);
    const raw = caseSensitive ? tokens.map((t) => t.raw) : null;
    raw?.forEach((word) => this.shortWords.add(word));
    const signature = `${norms.join(' ')}|${raw?.join(' ') ?? ''}`;
    const known = this.bySignature.get(signature);
    if (known) {
      if (!known.keys.includes(key)) known.keys.push(key);
      return;
    }
    const entry: Phrase = { norms, raw, keys: [key] };
    this.bySignature.set(signature, entry);
    const bucket = this.byFirst.get(first.norm);
    if (bucket) bucket.push(entry);
    else this.byFirst.set(first.norm, [entry]);
    this.sorted = false;
  }

  /** Counts the keys found in `tokens`, longest phrase first, without overlaps. */
  scan(
    tokens: readonly Token[],
    counts = new Map<string, number>(),
    short?: ShortPhrasePolicy,
  ): Map<string, number> {
    this.sortBuckets();
    let i = 0;
    while (i < tokens.length) {
      const bucket = this.byFirst.get(tokens[i]!.norm);
      // Longest first; a short phrase outside running text gives way to the next candidate.
      const hit = bucket?.find(
        (phrase) =>
          matchesAt(phrase, tokens, i) &&
          !(phrase.raw && short && !short.accept(tokens, i, phrase.norms.length)),
      );
      if (!hit) {
        i += 1;
        continue;
      }
      const into = hit.raw && short ? short.counts : counts;
      for (const key of hit.keys) into.set(key, (into.get(key) ?? 0) + 1);
      i += hit.norms.length;
    }
    return counts;
  }

  /** True when `word` is written exactly like a registered all-capital phrase word. */
  isShortWord(word: string): boolean {
    return this.shortWords.has(word);
  }

  private sortBuckets(): void {
    if (this.sorted) return;
    for (const bucket of this.byFirst.values())
      bucket.sort((a, b) => b.norms.length - a.norms.length);
    this.sorted = true;
  }
}

function matchesAt(phrase: Phrase, tokens: readonly Token[], start: number): boolean {
  if (start + phrase.norms.length > tokens.length) return false;
  for (let j = 0; j < phrase.norms.length; j += 1) {
    const token = tokens[start + j]!;
    if (token.norm !== phrase.norms[j]) return false;
    if (phrase.raw && token.raw !== phrase.raw[j]) return false;
  }
  return true;
}
