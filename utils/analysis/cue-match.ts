import type { PhraseMatch } from './phrase-matcher';
import type { Token } from './tokenize';
import { cueMatcher } from './vocabulary';

/** A speech cue found in the tokens. */
export type CueMatch = PhraseMatch<{ neutral: boolean }>;

/** The cue starting at token `i`, if any; a capitalised cue word only counts at a sentence start. */
export function cueAt(tokens: readonly Token[], i: number): CueMatch | null {
  const t = tokens[i];
  if (!t || t.kind !== 'word') return null;
  // "the United States" is not a cue; "According to …" at a sentence start is.
  if (t.cap && tokens[i - 1]?.kind === 'word') return null;
  return cueMatcher.matchAt(tokens, i);
}

const isAccordingTo = (tokens: readonly Token[], m: CueMatch) =>
  tokens[m.first]!.norm === 'according';

/** "according to X" names the speaker after the cue; every other cue has it before (or right after). */
export function speakerFollows(tokens: readonly Token[], m: CueMatch): boolean {
  return isAccordingTo(tokens, m);
}
