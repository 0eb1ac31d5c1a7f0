import { normalizeWord } from '../library/normalize-text';

// Function words and reporting verbs carry no claim: "said" is in every quote and every check.
const STOP = new Set(
  (
    'a an and are as at be been being but by can could did do does for from had has have he her ' +
    'hers him his how i if in into is it its me my of on or our ours she so than that the their ' +
    'them then there these they this those to us was we were what when where which while who whom ' +
    'why will with would you your yours also just about over very any all some such only own ' +
    'said say says saying told claim claimed claims stated state states according would should ' +
    'may might must shall mr mrs ms dr percent per cent'
  ).split(' '),
);
const NEGATION = new Set(['not', 'never', 'no', 'none', 'nobody', 'nothing', 'neither', 'nor']);
const UP = new Set(
  'rise rose risen rising increase increased increasing grow grew grown growing higher more doubled double tripled up gain gained climb climbed soar soared surge surged jump jumped boost boosted raise raised create created creating open opened opening build built hire hired'.split(
    ' ',
  ),
);
const DOWN = new Set(
  'fall fell fallen falling drop dropped decrease decreased decreasing decline declined cut cuts lower less fewer shrink shrank shrunk down halved halve plunge plunged slump slumped reduce reduced slash slashed lose lost destroy destroyed close closed closing shut scrap scrapped'.split(
    ' ',
  ),
);
const WORD = /[\p{L}\p{N}]+(?:['’ʼ`.,][\p{L}\p{N}]+)*/gu;

/** What matching reads from a claim's text. */
export interface ClaimTerms {
  /** Content words, folded ("closing", "closed" → "clos"), each once. */
  terms: string[];
  /** Figures as written without separators ("1,200" → "1200", "3.5"). */
  numbers: string[];
  /** Bit 1: the claim says something went up (rose, increased, created); bit 2: down. */
  direction: number;
  negated: boolean;
}

/** Splits a claim into the features matching compares. */
export function claimTerms(text: string): ClaimTerms {
  const terms = new Set<string>();
  const numbers = new Set<string>();
  let up = false;
  let down = false;
  let negated = false;
  for (const [word] of text.toLowerCase().matchAll(WORD)) {
    const kind = classify(word);
    if (kind === NUMBER) numbers.add(word.replace(/,/g, ''));
    else if (kind === NEGATED) negated = true;
    else if (kind[0] === UPWARD) {
      up = true;
      terms.add(kind.slice(1));
    } else if (kind[0] === DOWNWARD) {
      down = true;
      terms.add(kind.slice(1));
    } else if (kind.length > 1) terms.add(kind);
  }
  return {
    terms: [...terms],
    numbers: [...numbers],
    direction: (up ? 1 : 0) | (down ? 2 : 0),
    negated,
  };
}

// One-character codes for words that are not terms; any longer string is the folded term itself.
const NUMBER = '#';
const NEGATED = '!';
const UPWARD = '+';
const DOWNWARD = '-';
const NONE = '';
// Words repeat across a feed (Zipf): classifying each spelling once makes indexing 100,000 claims fast.
const classified = new Map<string, string>();

function classify(word: string): string {
  let kind = classified.get(word);
  if (kind !== undefined) return kind;
  const bare = word.replace(/['’ʼ`]/g, '');
  if (/^[\d.,]+$/.test(word)) kind = NUMBER;
  else if (NEGATION.has(bare) || bare === 'cannot' || /n['’]t$/.test(word)) kind = NEGATED;
  else if (STOP.has(bare) || bare.length < 2) kind = NONE;
  else kind = stem(normalizeWord(word.replace(/[.,]/g, '')));
  // Words of one direction meet as one term: "slashed" paraphrases "cut", "rose" contradicts "fell".
  if (UP.has(bare)) kind = `${UPWARD}up`;
  else if (DOWN.has(bare)) kind = `${DOWNWARD}down`;
  if (classified.size > 200_000) classified.clear();
  classified.set(word, kind);
  return kind;
}

/** A light suffix fold: enough for "closing/closed/closes" and "vaccination/vaccinated". */
function stem(word: string): string {
  if (word.length > 6 && word.endsWith('ation')) return word.slice(0, -5);
  if (word.length > 5 && word.endsWith('ing')) return undouble(word.slice(0, -3));
  if (word.length > 4 && word.endsWith('ed')) return undouble(word.slice(0, -2));
  if (word.length > 4 && word.endsWith('ly')) return word.slice(0, -2);
  if (word.length > 4 && word.endsWith('e')) return word.slice(0, -1);
  return word;
}

/** "plann" → "plan", "dropp" → "drop" (but "fall", "kill" keep their double l). */
function undouble(stem: string): string {
  return /([bdgmnprt])\1$/.test(stem) ? stem.slice(0, -1) : stem;
}

/** A person's name reduced to what two spellings of it share: the surname, lower-case. */
export function nameKey(name: string | null | undefined): string | null {
  if (!name) return null;
  const words = name
    .replace(/\(.*?\)/g, '')
    .split(/[\s,]+/)
    .map((w) => normalizeWord(w))
    .filter((w) => w.length > 1 && !/^(jr|sr|ii|iii|mr|mrs|ms|dr|sen|rep|gov)$/.test(w));
  return words.at(-1) ?? null;
}
