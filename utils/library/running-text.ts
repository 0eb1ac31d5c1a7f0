import type { Token } from './normalize-text';

/** A line needs this many lower-case words to read as running text rather than a credit or label. */
const MIN_PROSE_WORDS = 4;
const WINDOW = 300;
const LOWER_WORD = /(?:^|\s)\p{Ll}/gu;
// A capitalised word ("WATSON", "AFP"), not a number ("2017").
const CAPS_WORD = /^(?=.*\p{Lu})[\p{Lu}\p{N}]{3,}$/u;

/**
 * Whether an all-capital phrase at tokens[start, start + length) reads as a name in running text.
 * Photo credits ("JIM WATSON/AFP"), bylines and all-capital headings are not running text: a
 * capitalised word next to it that is no known acronym, a slash beside it, or a line with too few
 * lower-case words give them away.
 */
export function inRunningText(
  text: string,
  tokens: readonly Token[],
  start: number,
  length: number,
  isKnownShortWord: (word: string) => boolean,
): boolean {
  const first = tokens[start]!;
  const last = tokens[start + length - 1]!;
  const from = first.start;
  const to = last.start + last.raw.length;
  if (text[from - 1] === '/' || text[to] === '/') return false;
  for (const neighbour of [tokens[start - 1], tokens[start + length]]) {
    if (neighbour && CAPS_WORD.test(neighbour.raw) && !isKnownShortWord(neighbour.raw)) {
      return false;
    }
  }
  // A window around the word: a page without line breaks must not be rescanned per hit.
  const lineStart = Math.max(text.lastIndexOf('\n', from) + 1, from - WINDOW);
  const lineEnd = text.indexOf('\n', to);
  const line = text.slice(lineStart, Math.min(lineEnd < 0 ? text.length : lineEnd, to + WINDOW));
  return (line.match(LOWER_WORD)?.length ?? 0) >= MIN_PROSE_WORDS;
}
