import { lowerBound } from '../sorted/lower-bound';
import type { Tokens } from './tokenize';
import { FUNCTION_WORDS, ROLE_NOUNS, TITLES } from './vocabulary';

/**
 * "so-called metadata, the records of who called whom", "what the law calls “personally
 * identifiable information”": marks and "so-called" that introduce a term are not doubt. A term
 * counts as introduced when a definition follows it (not a speech tag: "X, the minister said"), when it is a title in quotation marks (every
 * word capitalised), or when the article later uses it plainly. A bare name after "so-called" is
 * not enough: "the so-called Free Army" is the commonest sneer there is.
 */

/** Words that open a definition or gloss after "X,": "…, which", "…, such as", "…, known as". */
const GLOSS = new Set('which i.e e.g meaning known such including or referring defined'.split(' '));
/** Words that define X right after it: "X means …", "X refers to …". */
const DEFINING = new Set('means meaning refers describes denotes'.split(' '));
const DASHES = new Set(['—', '–', '-', ':', '(']);
const DETERMINERS = new Set(['a', 'an', 'the']);
/** Verbs that make ", the minister said" a speech tag rather than an appositive definition. */
const SAYING = new Set(
  'said says say told tells added adds wrote writes claimed claims argued argues insisted warned stated reported'.split(
    ' ',
  ),
);
const APPOSITIVE_WORDS = 10;
const MAX_WORDS = 4;

/**
 * The words of X after "so-called": a run of capitalised words (a name), else words up to
 * punctuation or a function word, at most four.
 */
export function phraseAfter(tk: Tokens, at: number): [number, number] {
  const name = tk.cap(at);
  let end = at;
  while (end < tk.length && end - at < MAX_WORDS && tk.isWord(end)) {
    if (end > at && (FUNCTION_WORDS.has(tk.norm(end)) || (name && !tk.cap(end)))) break;
    end++;
  }
  return [at, end];
}

/** "X, the records of who called whom": an appositive, not a speech tag or a person. */
function appositive(tk: Tokens, at: number): boolean {
  if (ROLE_NOUNS.has(tk.norm(at)) || TITLES.has(tk.norm(at))) return false;
  for (let i = at; i < tk.length && i < at + APPOSITIVE_WORDS && tk.isWord(i); i++)
    if (SAYING.has(tk.norm(i)) || tk.cap(i)) return false;
  return true;
}

function definitionFollows(tk: Tokens, end: number): boolean {
  let i = end;
  if (tk.isQuote(i)) i++;
  const mark = tk.norm(i);
  if (DASHES.has(mark) || DEFINING.has(mark)) return true;
  if (mark !== ',') return false;
  const next = tk.norm(i + 1);
  return GLOSS.has(next) || (DETERMINERS.has(next) && appositive(tk, i + 2));
}

const isName = (tk: Tokens, first: number, end: number) => {
  for (let i = first; i < end; i++) if (tk.isWord(i) && !tk.cap(i)) return false;
  return end > first;
};

// Where each word occurs, built once per text on first use, so the "later" check stays linear.
const positions = new WeakMap<Tokens, Map<string, number[]>>();

function occurrences(tk: Tokens, word: string): number[] {
  let index = positions.get(tk);
  if (!index) {
    index = new Map();
    for (let i = 0; i < tk.length; i++) {
      if (!tk.isWord(i)) continue;
      const list = index.get(tk.norm(i));
      if (list) list.push(i);
      else index.set(tk.norm(i), [i]);
    }
    positions.set(tk, index);
  }
  return index.get(word) ?? [];
}

/** Later uses looked at: enough for any article, bounded on pathological input. */
const MAX_LATER = 8;

/** Does the phrase occur again after `end`, not straight after "so-called" or a quotation mark? */
function usedPlainlyLater(tk: Tokens, first: number, end: number): boolean {
  const n = end - first;
  // One plural word ("so-called experts") recurs plainly in any article; only rarer terms count.
  if (n === 1 && tk.norm(first).endsWith('s')) return false;
  const list = occurrences(tk, tk.norm(first));
  const lo = lowerBound(list.length, (i) => list[i]!, end);
  outer: for (let j = lo; j < list.length && j < lo + MAX_LATER; j++) {
    const i = list[j]!;
    for (let k = 1; k < n; k++) if (tk.norm(i + k) !== tk.norm(first + k)) continue outer;
    const before = tk.norm(i - 1);
    if (!tk.isQuote(i - 1) && !(before === 'called' && tk.norm(i - 2) === 'so')) return true;
  }
  return false;
}

/** Whether the words [first, end) (`quoted`: inside quotation marks) are introduced as a term of art or a title. */
export function isIntroducedTerm(tk: Tokens, first: number, end: number, quoted: boolean): boolean {
  if (end <= first) return false;
  return (
    definitionFollows(tk, end) ||
    (quoted && isName(tk, first, end)) ||
    usedPlainlyLater(tk, first, end)
  );
}
