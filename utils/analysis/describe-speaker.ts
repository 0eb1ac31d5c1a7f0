import { joinsOrgName, type SpeakerPhrase } from './speaker-phrase';
import type { Tokens } from './tokenize';
import {
  ANONYMOUS_HEADS,
  DETERMINERS,
  INDEFINITE,
  NAME_PARTICLES,
  PRONOUNS,
  ROLE_NOUNS,
  TITLES,
} from './vocabulary';

/** What the words at one speaker mention tell us before resolving them across the article. */
export interface SpeakerMention {
  start: number;
  end: number;
  mention: string;
  kind: 'pronoun' | 'name' | 'description';
  /** For names: the name without titles ("Sergey Rudskoy"). */
  name: string | null;
  /** Title or description given at this mention ("Russian General Staff spokesman"). */
  role: string | null;
  /** For descriptions: "a source", "officials" and the like. */
  anonymous: boolean;
  /** A plural description ("officials") never stands for one named person. */
  plural: boolean;
  /** Lower-case content words, used to match a description to a named speaker. */
  words: string[];
  /** The first word of the cue at this mention, lower case ("asked"), or null. */
  cue: string | null;
}

// Government departments that follow "Secretary of" and are not part of the person's name.
const DEPARTMENTS = new Set([
  'state',
  'defense',
  'defence',
  'homeland',
  'treasury',
  'justice',
  'energy',
  'commerce',
  'labor',
  'education',
  'health',
  'interior',
  'agriculture',
  'transportation',
]);
const GENERIC = new Set([
  'senior',
  'top',
  'high',
  'ranking',
  'former',
  'chief',
  'deputy',
  'official',
  'officials',
  'the',
  'a',
  'an',
  'of',
  'for',
  'other',
  'new',
  'and',
]);

/** "minister's" → "minister", "ministers'" → "ministers", without a regex per word. */
function withoutPossessive(w: string): string {
  if (w.endsWith("'s")) return w.slice(0, -2);
  return w.endsWith("'") ? w.slice(0, -1) : w;
}

function join(text: string, tk: Tokens, first: number, end: number): string {
  return first < end ? text.slice(tk.start[first]!, tk.end[end - 1]!) : '';
}

const AFFILIATED = new Set(['for', 'of', 'at', 'with', 'from']);
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx']);
const HONORIFIC_DOTTED = new Set(['mr.', 'mrs.', 'ms.', 'mr', 'mrs', 'ms']);
const LEADING = new Set(['a', 'an', 'the', 'her', 'his', 'their', 'its', 'our']);

/** A comma-set description without its article ("the harbour master of X" → "harbour master of X"). */
function appositiveRole(
  text: string,
  tk: Tokens,
  r: { first: number; end: number },
): string | null {
  let first = r.first;
  while (first < r.end && LEADING.has(tk.norm(first))) first++;
  return join(text, tk, first, r.end) || null;
}

/**
 * "a spokesman for the Pentagon", "an official at the ministry": the index of the connector after a
 * role noun, when a determiner shows the capitalised words are the body, not the person; else -1.
 */
export function affiliatedAt(tk: Tokens, first: number, end: number): number {
  for (let i = first + 1; i < end; i++) {
    if (!AFFILIATED.has(tk.norm(i)) || !ROLE_NOUNS.has(withoutPossessive(tk.norm(i - 1)))) continue;
    if (DETERMINERS.has(tk.norm(first)) || DETERMINERS.has(tk.norm(i + 1))) return i;
  }
  return -1;
}

/** Start of the run of capitalised words ending at `end`, after the last title or role word. */
function nameStart(tk: Tokens, first: number, end: number): number {
  let nameFirst = end;
  for (let i = end - 1; i >= first; i--) {
    const norm = tk.norm(i);
    const particle = (NAME_PARTICLES.has(norm) && i + 1 < end) || joinsOrgName(tk, i);
    // "Mr. King", "Ms. Judge": after an honorific a title word is the surname.
    const surname = i > first && HONORIFIC_DOTTED.has(tk.norm(i - 1));
    if (
      !(tk.cap(i) || particle) ||
      (!surname && (TITLES.has(norm) || ROLE_NOUNS.has(norm))) ||
      norm.endsWith("'s")
    )
      break;
    nameFirst = i;
  }
  return nameFirst;
}

/** Splits a speaker phrase into pronoun, name (with role) or description. */
export function describeSpeaker(
  text: string,
  tk: Tokens,
  p: SpeakerPhrase,
  cue: string | null = null,
): SpeakerMention {
  const mention = join(text, tk, p.first, p.end);
  // Plain literals rather than spreads of a shared base: spreading cost ~30 µs a call here (V8, Node 20).
  const start = tk.start[p.first]!;
  const end = tk.end[p.end - 1]!;
  const words: string[] = [];
  for (let i = p.first; i < p.end; i++) words.push(withoutPossessive(tk.norm(i)));
  const content = words.filter((w) => !GENERIC.has(w));
  if (p.end - p.first === 1 && PRONOUNS.has(tk.norm(p.first))) {
    return {
      start,
      end,
      mention,
      kind: 'pronoun',
      name: null,
      role: null,
      anonymous: false,
      plural: false,
      words: [],
      cue,
    };
  }
  let nameEnd = p.end;
  let nameFirst = nameStart(tk, p.first, nameEnd);
  // "Senator Bernie Sanders of Vermont": the person, not the place they stand for.
  const of = nameFirst - 1;
  if (nameFirst < nameEnd && tk.norm(of) === 'of' && of - 1 >= p.first) {
    const person = nameStart(tk, p.first, of);
    const titled = person > p.first && TITLES.has(tk.norm(person - 1));
    if (of - person >= 2 || (of - person === 1 && titled)) [nameFirst, nameEnd] = [person, of];
  }
  if (nameEnd - nameFirst >= 3 && DEPARTMENTS.has(tk.norm(nameFirst))) nameFirst++;
  // "The Center on …" at a sentence start: the article is not part of the name.
  while (nameEnd - nameFirst > 1 && DETERMINERS.has(tk.norm(nameFirst))) nameFirst++;
  // "a spokesperson for the Employers' Association": the name is the body the speaker works for.
  const affiliation = affiliatedAt(tk, p.first, nameFirst) >= 0;
  if (
    !affiliation &&
    nameFirst < nameEnd &&
    !(nameEnd - nameFirst === 1 && DETERMINERS.has(tk.norm(nameFirst)))
  ) {
    let roleFirst = p.first;
    while (roleFirst < nameFirst && DETERMINERS.has(tk.norm(roleFirst))) roleFirst++;
    // A title right before the name ("spokesman General Sergey Rudskoy") reads better left out of a longer role.
    let roleEnd = nameFirst;
    while (roleEnd > roleFirst && TITLES.has(tk.norm(roleEnd - 1))) roleEnd--;
    if (roleEnd === roleFirst || !ROLE_NOUNS.has(tk.norm(roleEnd - 1))) roleEnd = nameFirst;
    if (roleEnd > roleFirst && HONORIFICS.has(tk.norm(roleEnd - 1))) roleEnd--;
    const role = p.role
      ? appositiveRole(text, tk, p.role)
      : join(text, tk, roleFirst, roleEnd) || null;
    const name = join(text, tk, nameFirst, nameEnd).replace(/['’]s$/, '');
    return {
      start,
      end,
      mention,
      kind: 'name',
      name,
      role,
      anonymous: false,
      plural: false,
      words: content,
      cue,
    };
  }
  // "a spokesman for the Pentagon" is matched to named speakers by "spokesman", not by the body.
  const at = affiliatedAt(tk, p.first, p.end);
  if (at >= 0) content.splice(0, content.length, ...content.filter((w) => ROLE_NOUNS.has(w)));
  const head = tk.norm(p.end - 1);
  const det = tk.norm(p.first);
  const plural = head.endsWith('s') && !head.endsWith('ss');
  const anonymous =
    ANONYMOUS_HEADS.has(head) && (INDEFINITE.has(det) || !DETERMINERS.has(det) || plural);
  return {
    start,
    end,
    mention,
    kind: 'description',
    name: null,
    role: null,
    anonymous,
    plural,
    words: content,
    cue,
  };
}
