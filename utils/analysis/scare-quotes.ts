import type { AttributedQuote } from './attribute-direct-quotes';
import { cueAt } from './cue-match';
import type { Sentence } from './sentences';
import { BREAK, PUNCT, WORD, type Tokens } from './tokenize';

// Words that say the marks hold someone's words or a name, not the writer's distance from a word.
const NAMING = new Set([
  'called',
  'calls',
  'calling',
  'dubbed',
  'termed',
  'labeled',
  'labelled',
  'branded',
  'nicknamed',
  'named',
  'known',
  'word',
  'term',
  'phrase',
  'titled',
  'entitled',
  'slogan',
  'hashtag',
  'headline',
  'referred',
  'refers',
]);
// A paragraph this short without a full stop is a headline or subhead.
const HEADLINE_WORDS = 14;

/** Per sentence: does it contain a speech cue or naming word anywhere? One linear pass. */
function sentencesWithCues(tk: Tokens, sentences: readonly Sentence[]): Uint8Array {
  const flags = new Uint8Array(sentences.length);
  sentences.forEach((s, k) => {
    for (let i = s.first; i < s.end; i++) {
      if (NAMING.has(tk.norm(i)) || cueAt(tk, i)) {
        flags[k] = 1;
        return;
      }
    }
  });
  return flags;
}

function isHeadline(tk: Tokens, at: number): boolean {
  let words = 0;
  for (let i = at; i >= 0 && tk.kind(i) !== BREAK && words <= HEADLINE_WORDS; i--)
    if (tk.kind(i) === WORD) words++;
  for (let i = at + 1; i < tk.length && tk.kind(i) !== BREAK && words <= HEADLINE_WORDS; i++) {
    if (tk.kind(i) === WORD) words++;
    else if (tk.norm(i) === '.') return false;
  }
  return words <= HEADLINE_WORDS;
}

/**
 * Keeps only scare quotes proper: a word or two in marks where nobody is quoted. Marks in a sentence
 * that quotes or names someone's words, in a headline, or around words ending in sentence punctuation
 * are partial quotations, not the writer's distance from a word.
 */
export function keepScareQuotes(
  tk: Tokens,
  sentences: readonly Sentence[],
  sentenceOf: Int32Array,
  candidates: readonly AttributedQuote[],
): AttributedQuote[] {
  if (candidates.length === 0) return [];
  const cued = sentencesWithCues(tk, sentences);
  return candidates.filter((q) => {
    if (tk.kind(q.span.closeTok - 1) === PUNCT) return false;
    const s = sentenceOf[q.span.openTok]!;
    if (s >= 0 && cued[s]) return false;
    return !isHeadline(tk, q.span.openTok);
  });
}
