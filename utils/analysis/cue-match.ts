import type { PhraseMatch } from './phrase-matcher';
import type { Tokens } from './tokenize';
import { cueMatcher } from './vocabulary';

/** A speech cue found in the tokens. */
export type CueMatch = PhraseMatch<{ neutral: boolean }>;

/** The cue starting at token `i`, if any; a capitalised cue word only counts at a sentence start. */
export function cueAt(tk: Tokens, i: number): CueMatch | null {
  if (!tk.isWord(i)) return null;
  // "the United States" is not a cue; "According to …" at a sentence start is.
  if (tk.cap(i) && tk.isWord(i - 1)) return null;
  return cueMatcher.matchAt(tk, i);
}

/** "according to X" names the speaker after the cue; every other cue has it before (or right after). */
export function speakerFollows(tk: Tokens, m: CueMatch): boolean {
  return tk.norm(m.first) === 'according';
}
