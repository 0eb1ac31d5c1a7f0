import { lexicon } from './lexicon';
import { PhraseMatcher, type PhraseMatch } from './phrase-matcher';
import type { Tokens } from './tokenize';
import type { SourcingEntry, TermEntry } from './lexicon-schema';

/** The lexicon compiled once per process into lookup structures. */
const words = lexicon.speakerWords;
const lower = (list: readonly string[]) => new Set(list.map((w) => w.toLowerCase()));

export const TITLES = lower(words.titles);
export const ROLE_NOUNS = lower(words.roleNouns);
export const MODIFIERS = lower(words.modifiers);
export const ANONYMOUS_HEADS = lower(words.anonymousHeads);
export const PASSIVE_PARTICIPLES = lower(lexicon.passiveParticiples);
export const PASSIVE_WHY = lexicon.passiveWhy;

export const cueMatcher = new PhraseMatcher<{ neutral: boolean }>(
  lexicon.cues.map((c) => ({ patterns: c.patterns, value: { neutral: c.neutral } })),
);

export const termMatcher = new PhraseMatcher<TermEntry>(
  lexicon.terms.map((t) => ({ patterns: t.patterns, inflect: t.inflect, value: t })),
);

/** The loaded term starting at token `i`; a word glued to a name particle ("al-Sham") is a name, not a term. */
export function termAt(tk: Tokens, i: number): PhraseMatch<TermEntry> | null {
  if (tk.hyphenated(i) && tk.cap(i) && NAME_PARTICLES.has(tk.norm(i - 1))) return null;
  const m = termMatcher.matchAt(tk, i);
  if (!m?.value.afterName) return m;
  const prev = tk.norm(i - 1);
  // "the Assad regime" labels; "the Iranian regime" is how most outlets name a government.
  const named =
    tk.isWord(i - 1) && (prev.endsWith("'s") || (tk.cap(i - 1) && !NATIONALITY.test(prev)));
  return named && !tk.hyphenated(m.end) && tk.norm(m.end) !== 'change' ? m : null;
}

const NATIONALITY = /(an|ese|ish|i|ch)$/;

export const sourcingMatcher = new PhraseMatcher<SourcingEntry>(
  lexicon.sourcing.map((s) => ({ patterns: s.patterns, value: s })),
);

export const topicMatcher = new PhraseMatcher<string>(
  words.topics.map((t) => ({ patterns: [t], value: t })),
);

export const PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it']);
export const INDEFINITE = new Set([
  'a',
  'an',
  'some',
  'several',
  'many',
  'two',
  'three',
  'four',
  'one',
  'other',
  'another',
  'most',
  'few',
]);
export const DETERMINERS = new Set([...INDEFINITE, 'the', 'this', 'these', 'those']);
/** Capitalised words that start sentences but are never part of a speaker's name. */
export const FUNCTION_WORDS = new Set(
  'then but and or however meanwhile in on at earlier later also so yet still now today yesterday when while after before as if because since although though instead indeed moreover furthermore thus hence here there what which who whom whose where why how that this these those it its he she they we i you his her their our my your a an the of for to from by with without about into over under not no nor only even just very also both either neither each every all any such than too more most less least first last next once again why monday tuesday wednesday thursday friday saturday sunday january february march april june july august september october november december mon tue wed thu fri sat sun jan feb mar apr jun jul aug sep sept oct nov dec'.split(
    ' ',
  ),
);
/** Name particles that stay lower-case inside names ("Bashar al-Assad", "Ursula von der Leyen"). */
export const NAME_PARTICLES = new Set([
  'al',
  'el',
  'bin',
  'ibn',
  'abu',
  'de',
  'da',
  'del',
  'della',
  'di',
  'du',
  'van',
  'von',
  'der',
  'den',
  'la',
  'le',
  'dos',
  'das',
  'ter',
]);
