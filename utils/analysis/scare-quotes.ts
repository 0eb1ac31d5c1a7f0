import type { AttributedQuote } from './attribute-direct-quotes';
import { cueAt } from './cue-match';
import type { Sentence } from './sentences';
import type { Token } from './tokenize';

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
function sentencesWithCues(tokens: readonly Token[], sentences: readonly Sentence[]): Uint8Array {
  const flags = new Uint8Array(sentences.length);
  sentences.forEach((s, k) => {
    for (let i = s.first; i < s.end; i++) {
      if (NAMING.has(tokens[i]!.norm) || cueAt(tokens, i)) {
        flags[k] = 1;
        return;
      }
    }
  });
  return flags;
}

function isHeadline(tokens: readonly Token[], at: number): boolean {
  let words = 0;
  for (let i = at; i >= 0 && tokens[i]!.kind !== 'break' && words <= HEADLINE_WORDS; i--)
    if (tokens[i]!.kind === 'word') words++;
  for (
    let i = at + 1;
    i < tokens.length && tokens[i]!.kind !== 'break' && words <= HEADLINE_WORDS;
    i++
  ) {
    if (tokens[i]!.kind === 'word') words++;
    else if (tokens[i]!.norm === '.') return false;
  }
  return words <= HEADLINE_WORDS;
}

/**
 * Keeps only scare quotes proper: a word or two in marks where nobody is quoted. Marks in a sentence
 * that quotes or names someone's words, in a headline, or around words ending in sentence punctuation
 * are partial quotations, not the writer's distance from a word.
 */
export function keepScareQuotes(
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  sentenceOf: Int32Array,
  candidates: readonly AttributedQuote[],
): AttributedQuote[] {
  if (candidates.length === 0) return [];
  const cued = sentencesWithCues(tokens, sentences);
  return candidates.filter((q) => {
    const last = tokens[q.span.closeTok - 1]!;
    if (last.kind === 'punct') return false;
    const s = sentenceOf[q.span.openTok]!;
    if (s >= 0 && cued[s]) return false;
    return !isHeadline(tokens, q.span.openTok);
  });
}
