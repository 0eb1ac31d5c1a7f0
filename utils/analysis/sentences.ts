import type { Tokens } from './tokenize';

/** A sentence as a half-open range of token indexes. */
export interface Sentence {
  first: number;
  end: number;
}

// Words that end with a full stop without ending the sentence.
const ABBREVIATIONS = new Set(
  'mr mrs ms dr gen sen rep gov lt col st jr sr prof sgt capt maj cmdr adm fr rev no vs inc co corp ltd jan feb aug sept oct nov dec est approx dept univ'.split(
    ' ',
  ),
);

const CLOSERS = new Set(['”', '’', '"', "'", '»', '›', ')', ']']);

/** Whether token `j` is a closing mark glued to the token before it. */
function gluedCloser(tk: Tokens, j: number): boolean {
  return j < tk.length && CLOSERS.has(tk.norm(j)) && tk.start[j] === tk.end[j - 1];
}

function endsSentence(tk: Tokens, i: number): boolean {
  if (tk.isBreak(i)) return true;
  const norm = tk.norm(i);
  if (norm !== '.' && norm !== '!' && norm !== '?') return false;
  if (norm === '.' && tk.isWord(i - 1)) {
    if (ABBREVIATIONS.has(tk.norm(i - 1))) return false;
    // A lone capital before a full stop is an initial ("John F. Kennedy").
    if (tk.size(i - 1) === 1 && tk.cap(i - 1)) return false;
  }
  let j = i + 1;
  while (gluedCloser(tk, j)) j++;
  if (j >= tk.length || !tk.isWord(j) || tk.cap(j)) return true;
  const c = tk.norm(j).charCodeAt(0);
  return c >= 48 && c <= 57;
}

/** Splits tokens into sentences; a paragraph break always ends one, closing quote marks stay with it. */
export function splitSentences(tk: Tokens): Sentence[] {
  const sentences: Sentence[] = [];
  let first = 0;
  for (let i = 0; i < tk.length; i++) {
    if (!endsSentence(tk, i)) continue;
    let end = i + 1;
    const isBreak = tk.isBreak(i);
    if (!isBreak) while (gluedCloser(tk, end)) end++;
    const last = isBreak ? i : end;
    if (last > first) sentences.push({ first, end: last });
    first = end;
    i = end - 1;
  }
  if (first < tk.length) sentences.push({ first, end: tk.length });
  return sentences;
}

/** For each token, the index of the first token of its sentence. */
export function sentenceStarts(sentences: readonly Sentence[], tokenCount: number): Int32Array {
  const index = new Int32Array(tokenCount);
  for (const s of sentences) index.fill(s.first, s.first, s.end);
  return index;
}

/** For each token, the index of its sentence. */
export function sentenceIndex(sentences: readonly Sentence[], tokenCount: number): Int32Array {
  const index = new Int32Array(tokenCount).fill(-1);
  sentences.forEach((s, k) => index.fill(k, s.first, s.end));
  return index;
}
