import type { AttributedQuote } from './attribute-direct-quotes';
import { cueAt } from './cue-match';
import type { Sentence } from './sentences';
import { isIntroducedTerm } from './term-of-art';
import type { Tokens } from './tokenize';

// Words that say the marks hold someone's words or a name, not the writer's distance from a word.
const NAMING = new Set([
  'call',
  'called',
  'calls',
  'dub',
  'nickname',
  'name',
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

/** Does sentence `s` contain a speech cue or naming word anywhere? */
function hasCue(tk: Tokens, s: Sentence): boolean {
  for (let i = s.first; i < s.end; i++) {
    const naming = NAMING.has(tk.norm(i)) && !(tk.norm(i) === 'called' && tk.norm(i - 1) === 'so');
    if (naming || cueAt(tk, i)) return true;
  }
  return false;
}

const DOUBT_WORDS = new Set(
  'supposed supposedly alleged allegedly purported purportedly pseudo self-styled self-described self-proclaimed'.split(
    ' ',
  ),
);

/** "so-called “experts”", "the supposed “reform”". */
function doubtBefore(tk: Tokens, open: number): boolean {
  const prev = tk.norm(open - 1);
  if (DOUBT_WORDS.has(prev)) return true;
  if (prev === 'called' && tk.norm(open - 2) === 'so') return true;
  const styled = `${tk.norm(open - 2)}-${prev}`;
  return tk.hyphenated(open - 1) && DOUBT_WORDS.has(styled);
}

// "his", "her" and a possessive name are left out: "Obama's “pivot”" quotes Obama's own word.
const HOLDERS = new Set('a an the this these those its their our'.split(' '));
// Nouns after the marks that say the words are someone's: the “woman's card” remark, the “subscribe” button.
const SAID_NOUNS = new Set(
  'remark remarks comment comments line lines moniker label slogan quip jab phrase button tweet pledge promise speech message motto'.split(
    ' ',
  ),
);
// Marks around a few words with no doubt word are a scare quote only when this short.
const PLAIN_MAX_WORDS = 3;

/**
 * “jobs machine”, the “interim” government: marks with no word of doubt read as the writer's distance
 * only when they hold one to three lower-case words (not a name, nickname or title) held by a
 * determiner, with no naming word ("the word", "known as") in the sentence, and not glued to other marks.
 */
function plainScareQuote(tk: Tokens, open: number, close: number): boolean {
  let words = 0;
  for (let i = open + 1; i < close; i++) {
    if (!tk.isWord(i)) {
      if (tk.norm(i) !== "'") return false;
    } else if (tk.cap(i) || /\d/.test(tk.norm(i)) || ++words > PLAIN_MAX_WORDS) return false;
  }
  if (words === 0) return false;
  if (tk.isQuote(close + 1) || SAID_NOUNS.has(tk.norm(close + 1))) return false;
  // Held by a determiner ("a “jobs machine”", "the “interim” government"), the words are the writer's
  // noun phrase; after a verb or alone ("called it “regrettable”") they are mostly someone's words
  // quoted in part, with the speaker a sentence away.
  // "casts herself as a “change warrior”": a characterisation, mostly hers or a critic's, quoted.
  return HOLDERS.has(tk.norm(open - 1)) && tk.norm(open - 2) !== 'as';
}

function isHeadline(tk: Tokens, at: number): boolean {
  let words = 0;
  for (let i = at; i >= 0 && !tk.isBreak(i) && words <= HEADLINE_WORDS; i--)
    if (tk.isWord(i)) words++;
  for (let i = at + 1; i < tk.length && !tk.isBreak(i) && words <= HEADLINE_WORDS; i++) {
    if (tk.isWord(i)) words++;
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
  // Per sentence, computed once and only where there is a candidate: 0 unknown, 1 no cue, 2 cue.
  const cued = new Uint8Array(sentences.length);
  return candidates.filter((q) => {
    // Marks alone are a weak signal (on the propaganda corpus most flagged ones were plain
    // quotation), so a scare quote needs a word of doubt in front (so-called “experts”) or must be a
    // short lower-case phrase in the middle of the writer's own sentence.
    if (!doubtBefore(tk, q.span.openTok) && !plainScareQuote(tk, q.span.openTok, q.span.closeTok))
      return false;
    if (tk.isPunct(q.span.closeTok - 1)) return false;
    if (isIntroducedTerm(tk, q.span.openTok + 1, q.span.closeTok, true)) return false;
    const s = sentenceOf[q.span.openTok]!;
    if (s >= 0) {
      if (cued[s] === 0) cued[s] = hasCue(tk, sentences[s]!) ? 2 : 1;
      if (cued[s] === 2) return false;
    }
    return !isHeadline(tk, q.span.openTok);
  });
}
