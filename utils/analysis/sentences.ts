import type { Token } from './tokenize';

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

function endsSentence(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.kind === 'break') return true;
  if (t.norm !== '.' && t.norm !== '!' && t.norm !== '?') return false;
  const prev = tokens[i - 1];
  if (t.norm === '.' && prev?.kind === 'word') {
    if (ABBREVIATIONS.has(prev.norm)) return false;
    // A lone capital before a full stop is an initial ("John F. Kennedy").
    if (prev.end - prev.start === 1 && prev.cap) return false;
  }
  let j = i + 1;
  while (
    j < tokens.length &&
    CLOSERS.has(tokens[j]!.norm) &&
    tokens[j]!.start === tokens[j - 1]!.end
  )
    j++;
  const next = tokens[j];
  return !next || next.kind !== 'word' || next.cap || /[0-9]/.test(next.norm[0]!);
}

/** Splits tokens into sentences; a paragraph break always ends one, closing quote marks stay with it. */
export function splitSentences(tokens: readonly Token[]): Sentence[] {
  const sentences: Sentence[] = [];
  let first = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (!endsSentence(tokens, i)) continue;
    let end = i + 1;
    if (tokens[i]!.kind !== 'break') {
      while (
        end < tokens.length &&
        CLOSERS.has(tokens[end]!.norm) &&
        tokens[end]!.start === tokens[end - 1]!.end
      )
        end++;
    }
    const last = tokens[i]!.kind === 'break' ? i : end;
    if (last > first) sentences.push({ first, end: last });
    first = end;
    i = end - 1;
  }
  if (first < tokens.length) sentences.push({ first, end: tokens.length });
  return sentences;
}

/** For each token, the index of its sentence. */
export function sentenceIndex(sentences: readonly Sentence[], tokenCount: number): Int32Array {
  const index = new Int32Array(tokenCount).fill(-1);
  sentences.forEach((s, k) => index.fill(k, s.first, s.end));
  return index;
}
