import type { SpeakerPhrase } from './speaker-phrase';
import type { Token } from './tokenize';
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
]);

function join(text: string, tokens: readonly Token[], first: number, end: number): string {
  return first < end ? text.slice(tokens[first]!.start, tokens[end - 1]!.end) : '';
}

/** Splits a speaker phrase into pronoun, name (with role) or description. */
export function describeSpeaker(
  text: string,
  tokens: readonly Token[],
  p: SpeakerPhrase,
): SpeakerMention {
  const mention = join(text, tokens, p.first, p.end);
  const base = { start: tokens[p.first]!.start, end: tokens[p.end - 1]!.end, mention };
  const words = tokens.slice(p.first, p.end).map((t) => t.norm.replace(/'s?$/, ''));
  const content = words.filter((w) => !GENERIC.has(w));
  if (p.end - p.first === 1 && PRONOUNS.has(tokens[p.first]!.norm)) {
    return {
      ...base,
      kind: 'pronoun',
      name: null,
      role: null,
      anonymous: false,
      plural: false,
      words: [],
    };
  }
  // The name is the run of capitalised words at the end, after the last title or role word.
  let nameFirst = p.end;
  for (let i = p.end - 1; i >= p.first; i--) {
    const t = tokens[i]!;
    const particle = NAME_PARTICLES.has(t.norm) && i + 1 < p.end;
    if (
      !(t.cap || particle) ||
      TITLES.has(t.norm) ||
      ROLE_NOUNS.has(t.norm) ||
      t.norm.endsWith("'s")
    )
      break;
    nameFirst = i;
  }
  if (p.end - nameFirst >= 3 && DEPARTMENTS.has(tokens[nameFirst]!.norm)) nameFirst++;
  if (nameFirst < p.end && !(p.end - nameFirst === 1 && DETERMINERS.has(tokens[nameFirst]!.norm))) {
    let roleFirst = p.first;
    while (roleFirst < nameFirst && DETERMINERS.has(tokens[roleFirst]!.norm)) roleFirst++;
    // A title right before the name ("spokesman General Sergey Rudskoy") reads better left out of a longer role.
    let roleEnd = nameFirst;
    while (roleEnd > roleFirst && TITLES.has(tokens[roleEnd - 1]!.norm)) roleEnd--;
    const before = tokens[roleEnd - 1];
    if (roleEnd === roleFirst || !before || !ROLE_NOUNS.has(before.norm)) roleEnd = nameFirst;
    const role = join(text, tokens, roleFirst, roleEnd) || null;
    const name = join(text, tokens, nameFirst, p.end).replace(/['’]s$/, '');
    return { ...base, kind: 'name', name, role, anonymous: false, plural: false, words: content };
  }
  const head = tokens[p.end - 1]!.norm;
  const det = tokens[p.first]!.norm;
  const plural = head.endsWith('s') && !head.endsWith('ss');
  const anonymous =
    ANONYMOUS_HEADS.has(head) && (INDEFINITE.has(det) || !DETERMINERS.has(det) || plural);
  return {
    ...base,
    kind: 'description',
    name: null,
    role: null,
    anonymous,
    plural,
    words: content,
  };
}
