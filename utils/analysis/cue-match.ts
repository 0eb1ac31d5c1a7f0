import type { PhraseMatch } from './phrase-matcher';
import type { Tokens } from './tokenize';
import { cueMatcher } from './vocabulary';

const PASSIVE_ONLY = new Set(['called', 'backed', 'supported', 'opposed', 'found', 'wanted']);
const NOT_ACTIVE = new Set(
  'so is was were be been being are am widely long often commonly once'.split(' '),
);

/** A speech cue found in the tokens. */
export type CueMatch = PhraseMatch<{ neutral: boolean }>;

/** The cue starting at token `i`, if any; a capitalised cue word only counts at a sentence start. */
export function cueAt(tk: Tokens, i: number): CueMatch | null {
  if (!tk.isWord(i)) return null;
  // "the United States" is not a cue; "According to …" at a sentence start is.
  if (tk.cap(i) && tk.isWord(i - 1)) return null;
  const m = cueMatcher.matchAt(tk, i);
  // "so-called", "was called", "the backed-up …": not someone saying or holding anything.
  if (m && m.end === i + 1 && PASSIVE_ONLY.has(tk.norm(i)) && NOT_ACTIVE.has(tk.norm(i - 1)))
    return null;
  return m;
}

/** "according to X" names the speaker after the cue; every other cue has it before (or right after). */
export function speakerFollows(tk: Tokens, m: CueMatch): boolean {
  return tk.norm(m.first) === 'according';
}
