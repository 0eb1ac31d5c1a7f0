import type { Tokens } from './tokenize';

/**
 * Sense rules for lexicon words that are loaded in one sense and plain in another. Each rule says,
 * from the words around a match, whether this use is the plain one; the lexicon stays a word list.
 */
const words = (s: string) => new Set(s.split(' '));

/** Neutral when the next word is one of these ("sheer will", "endless runner", "horror film"). */
const PLAIN_BEFORE: Record<string, ReadonlySet<string>> = {
  sheer: words(
    'will willpower determination grit persistence luck joy delight fabric cliff cliffs drop rock face curtain curtains tights',
  ),
  endless: words('runner runners mode scroll scrolling loop loops'),
  horror: words(
    'film films movie movies genre story stories novel novels fiction show shows writer writers franchise game games comedy',
  ),
  horrors: words('film films movie movies genre story stories'),
};

/** People whose reaction "horror" names: "watched in horror", "to their horror", "expressed horror". */
const REACTION_BEFORE = words('in with expressed expressing voiced voicing felt');
const POSSESSIVES = words('his her their our my your the');

/** A "hack" is a person only after these, or as a noun phrase of its own ("a party hack", "a hack."). */
const HACK_PERSON = words(
  'political party partisan paid hired media corporate government union establishment liberal conservative hollywood washington old',
);
const HACK_PHRASE_END = words('who whose and or like for than with');

const SLAUGHTER = words(
  'slaughter slaughtered slaughtering slaughters butcher butchered butchering',
);
const ANIMALS = words(
  'cattle livestock sheep pigs pig chickens chicken animals animal cows cow goats goat poultry lambs lamb birds whales deer',
);
const NUMBER_WORDS = words(
  'two three four five six seven eight nine ten eleven twelve dozens dozen hundreds hundred thousands thousand scores',
);

/** "the gunmen slaughtered 30 villagers": a count of victims in the sentence makes it an account, not a verdict. */
function statesACount(tk: Tokens, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const w = tk.norm(i);
    const c = w.charCodeAt(0);
    if ((c >= 48 && c <= 57) || NUMBER_WORDS.has(w)) return true;
  }
  return false;
}

/** Words looked at on each side for a count: a sentence's worth, bounded on text without full stops. */
const WINDOW = 30;
const isStop = (tk: Tokens, i: number) => {
  const w = tk.norm(i);
  return tk.isBreak(i) || w === '.' || w === '!' || w === '?';
};

function sentenceBounds(tk: Tokens, i: number): [number, number] {
  let a = i;
  while (a > 0 && i - a < WINDOW && !isStop(tk, a - 1)) a--;
  let b = i;
  while (b < tk.length && b - i < WINDOW && !isStop(tk, b)) b++;
  return [a, b];
}

/** Whether the lexicon match at tokens [first, end) is the word's plain sense here, so not a flag. */
export function isPlainSense(tk: Tokens, first: number, end: number): boolean {
  if (end - first !== 1) return false;
  const w = tk.norm(first);
  const next = tk.norm(end);
  const prev = tk.norm(first - 1);
  if (PLAIN_BEFORE[w]?.has(next)) return true;
  if (w === 'horror' || w === 'horrors') {
    if (REACTION_BEFORE.has(prev)) return true;
    if (tk.norm(first - 2) === 'to' && POSSESSIVES.has(prev)) return true;
  }
  if (w === 'hack' || w === 'hacks') {
    if (HACK_PERSON.has(prev)) return false;
    const endsPhrase = !tk.isWord(end) || HACK_PHRASE_END.has(next);
    return !((prev === 'a' || w === 'hacks') && endsPhrase);
  }
  if (SLAUGHTER.has(w)) {
    if (ANIMALS.has(next) || ANIMALS.has(tk.norm(end + 1))) return true;
    const [a, b] = sentenceBounds(tk, first);
    return statesACount(tk, a, b);
  }
  return false;
}

/** Nouns whose "of"-object is someone's charge, not the writer's: "accusations of police brutality". */
const CHARGE_NOUNS = words(
  'accusation accusations allegation allegations complaint complaints claim claims charge charges accused accusing alleging',
);

/**
 * Whether the match at `first` is the object of "accusations of", "allegations of", "complaints of"
 * (up to two modifiers between: "allegations of widespread police brutality"): the accusers' word.
 */
export function isChargeObject(tk: Tokens, first: number): boolean {
  for (let k = first - 1; k >= first - 3 && k > 0; k--) {
    if (!tk.isWord(k)) return false;
    if (tk.norm(k) === 'of') return CHARGE_NOUNS.has(tk.norm(k - 1));
  }
  return false;
}
