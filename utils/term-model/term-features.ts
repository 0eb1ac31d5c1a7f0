import type { Tokens } from '../analysis/tokenize';

/**
 * Words the model never flags: function words, auxiliaries and the commonest verbs of reporting.
 * They carry no judgement themselves, and skipping them keeps the model fast and its flags short.
 */
const SKIP = new Set(
  `the a an and or but nor of to in on at by for from with without about into onto over under after
before as if than then that this these those there here it its he she they them their his her him we us
our you your i me my mine who whom whose which what when where why how is are was were be been being
am do does did done have has had having will would shall should can could may might must not no yes
also just only so very too more most less least such all any each every both either neither some
other another same own one two three four five six seven eight nine ten said says say told tell
according while during since until because though although however mr mrs ms dr s t don't didn't
it's that's he's she's they're we're i'm isn't wasn't aren't weren't`.split(/\s+/),
);

/** Whether the model looks at token `i`: a word of three letters or more that is not a function word or number. */
export function isCandidate(tk: Tokens, i: number): boolean {
  if (!tk.isWord(i) || tk.size(i) < 3) return false;
  const w = tk.norm(i);
  if (SKIP.has(w)) return false;
  const c = w.charCodeAt(0);
  return !(c >= 48 && c <= 57);
}

/** Looks up a word's valence (-5 … 5), undefined when it has none. */
export type Valence = (word: string) => number | undefined;

/** Valence bucket of a word: "-" for none, else its AFINN-style score from -5 to 5. */
function valence(table: Valence, w: string): string {
  const v = table(w);
  return v === undefined ? '-' : String(v);
}

/** The neighbour word on one side, skipping nothing; punctuation and breaks count as neighbours. */
function neighbour(tk: Tokens, i: number): string {
  if (i < 0 || i >= tk.length) return '<>';
  return tk.isBreak(i) ? '<p>' : tk.norm(i);
}

/** Features of the word itself: the word, its affixes, its character 4-grams and its valence. */
export function wordFeatures(w: string, table: Valence, emit: (feature: string) => void): void {
  emit('bias');
  emit(`w:${w}`);
  if (w.length > 4) {
    emit(`s3:${w.slice(-3)}`);
    emit(`s4:${w.slice(-4)}`);
    emit(`p4:${w.slice(0, 4)}`);
  }
  const padded = `^${w}$`;
  for (let k = 0; k + 4 <= padded.length; k++) emit(`g:${padded.slice(k, k + 4)}`);
  emit(`v:${valence(table, w)}`);
}

/** Features of a neighbour, on the left (`side` "l") or the right ("r"): the word and its valence. */
export function neighbourFeatures(
  side: 'l' | 'r',
  word: string,
  table: Valence,
  emit: (feature: string) => void,
): void {
  emit(`${side}:${word}`);
  emit(`${side}v:${valence(table, word)}`);
}

/** Features of the token's place: capitalised inside a sentence, or right after a quotation mark. */
export function placeFeatures(tk: Tokens, i: number, emit: (feature: string) => void): void {
  if (tk.cap(i) && tk.isWord(i - 1)) emit('cap');
  if (tk.isQuote(i - 1)) emit('lq');
}

/** The neighbour word on each side, as the features name it. */
export const leftOf = (tk: Tokens, i: number) => neighbour(tk, i - 1);
export const rightOf = (tk: Tokens, i: number) => neighbour(tk, i + 1);

/** All features of token `i` (what training sees; inference sums the same parts, cached per word). */
export function tokenFeatures(
  tk: Tokens,
  i: number,
  table: Valence,
  emit: (feature: string) => void,
): void {
  wordFeatures(tk.norm(i), table, emit);
  neighbourFeatures('l', leftOf(tk, i), table, emit);
  neighbourFeatures('r', rightOf(tk, i), table, emit);
  placeFeatures(tk, i, emit);
}
