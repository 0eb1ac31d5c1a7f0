import { expandPattern } from './phrase-pattern';
import type { Tokens } from './tokenize';

/** A phrase found in the tokens: token range plus the payload of the entry it belongs to. */
export interface PhraseMatch<T> {
  first: number;
  end: number;
  value: T;
}

interface Compiled<T> {
  words: string[];
  /** For entries that inflect, every accepted form of the last word. */
  lastForms: Set<string> | null;
  value: T;
}

function inflections(word: string): string[] {
  const forms = [word, `${word}s`, `${word}es`, `${word}'s`, `${word}s'`];
  if (word.endsWith('y')) forms.push(`${word.slice(0, -1)}ies`);
  return forms;
}

/** Precompiled lexicon: candidates are looked up by first word, so matching is linear in the text. */
export class PhraseMatcher<T> {
  private readonly byFirst = new Map<string, Compiled<T>[]>();

  constructor(entries: readonly { patterns: readonly string[]; inflect?: boolean; value: T }[]) {
    for (const entry of entries) {
      for (const pattern of entry.patterns) {
        for (const words of expandPattern(pattern)) {
          const inflect = entry.inflect ?? false;
          const firsts = words.length === 1 && inflect ? inflections(words[0]!) : [words[0]!];
          const lastForms =
            inflect && words.length > 1 ? new Set(inflections(words[words.length - 1]!)) : null;
          for (const first of firsts) {
            const list = this.byFirst.get(first) ?? [];
            list.push({ words, lastForms, value: entry.value });
            this.byFirst.set(first, list);
          }
        }
      }
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  }

  /** Longest phrase starting at token `i`, or null. */
  matchAt(tk: Tokens, i: number): PhraseMatch<T> | null {
    const candidates = this.byFirst.get(tk.norm(i));
    if (!candidates) return null;
    for (const c of candidates) {
      if (this.fits(tk, i, c)) return { first: i, end: i + c.words.length, value: c.value };
    }
    return null;
  }

  /** Every non-overlapping phrase, scanning left to right and preferring the longest. */
  matchAll(tk: Tokens): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    for (let i = 0; i < tk.length; i++) {
      if (!tk.isWord(i)) continue;
      const m = this.matchAt(tk, i);
      if (m) {
        out.push(m);
        i = m.end - 1;
      }
    }
    return out;
  }

  private fits(tk: Tokens, i: number, c: Compiled<T>): boolean {
    const n = c.words.length;
    for (let k = 1; k < n; k++) {
      if (!tk.isWord(i + k)) return false;
      const norm = tk.norm(i + k);
      if (norm === c.words[k]) continue;
      if (k === n - 1 && c.lastForms?.has(norm)) continue;
      return false;
    }
    return true;
  }
}
