import { lowerBound } from '../sorted/lower-bound';
import { cueAt } from './cue-match';
import type { Tokens } from './tokenize';
import { FUNCTION_WORDS, NAME_PARTICLES, ROLE_NOUNS, TITLES } from './vocabulary';

/** Where a person seems to be named in the text: a run of two or more capitalised words. */
export interface NameSite {
  /** Offset of the run's first character. */
  at: number;
  /** Its last word, lower case: the surname to compare with a speaker's. */
  surname: string;
  /** The name without the titles before it ("Javier Betancourt" of "Trust Director Javier Betancourt"). */
  name: string;
  /** Number of words in the name. */
  words: number;
}

// Last words that make a capitalised run a body or a place rather than a person.
const NOT_SURNAME = new Set(
  'center centre institute foundation council committee association department ministry university college school bureau office commission society union league federation alliance coalition agency board party organisation organization fund trust network authority court bank museum project campaign house senate congress parliament government times post news journal street avenue road city county state states republic kingdom island islands river park square hospital church school airport station'.split(
    ' ',
  ),
);

const nameWord = (tk: Tokens, i: number): boolean =>
  tk.isWord(i) && tk.cap(i) && !FUNCTION_WORDS.has(tk.norm(i)) && !cueAt(tk, i);

const ENDS = new Set(['.', '!', '?']);

/** The first word of a sentence or paragraph, where its subject usually stands. */
function opensSentence(tk: Tokens, i: number, lead = true): boolean {
  if (i === 0 || tk.isBreak(i - 1) || ENDS.has(tk.norm(i - 1))) return true;
  // "But Yamey is angry …": one small word may come first.
  if (lead && tk.cap(i - 1) && FUNCTION_WORDS.has(tk.norm(i - 1)))
    return opensSentence(tk, i - 1, false);
  return tk.isQuote(i - 1) && (ENDS.has(tk.norm(i - 2)) || tk.isBreak(i - 2));
}

/**
 * Every run of capitalised words that opens a sentence and could name a person
 * ("Trust Executive Director Javier Betancourt asked …"), in text order: the new subject a later
 * "he" or "she" may mean.
 */
export function nameSites(text: string, tk: Tokens): NameSite[] {
  const sites: NameSite[] = [];
  for (let i = 0; i < tk.length; i++) {
    if (!nameWord(tk, i)) continue;
    let j = i + 1;
    while (
      j < tk.length &&
      (nameWord(tk, j) || (NAME_PARTICLES.has(tk.norm(j)) && nameWord(tk, j + 1)))
    )
      j++;
    const surname = tk.norm(j - 1).replace(/'s$/, '');
    const person = !NOT_SURNAME.has(surname) && !TITLES.has(surname) && !ROLE_NOUNS.has(surname);
    if (person && opensSentence(tk, i)) {
      let first = i;
      for (let k = i; k < j - 1; k++)
        if (TITLES.has(tk.norm(k)) || ROLE_NOUNS.has(tk.norm(k))) first = k + 1;
      const name = text.slice(tk.start[first]!, tk.end[j - 1]!).replace(/['’]s$/, '');
      sites.push({ at: tk.start[i]!, surname, name, words: j - first });
    }
    i = j - 1;
  }
  return sites;
}

// How many sites back to look for one that counts; bounds the work per pronoun.
const LOOK_BACK = 16;

/** The last site before `offset` that `counts`, found by binary search and a short walk back. */
export function lastSiteBefore(
  sites: readonly NameSite[],
  offset: number,
  counts: (site: NameSite) => boolean,
): NameSite | null {
  const lo = lowerBound(sites.length, (i) => sites[i]!.at, offset);
  for (let k = lo - 1; k >= 0 && k >= lo - LOOK_BACK; k--) if (counts(sites[k]!)) return sites[k]!;
  return null;
}
