import type { Entity } from './analysis-schema';
import type { Sentence } from './sentences';
import type { Tokens } from './tokenize';
import { FUNCTION_WORDS, NAME_PARTICLES, TITLES, termAt, topicMatcher } from './vocabulary';

/** One run of capitalised words ("Free Syrian Army") with the hints its context gives about its type. */
interface NameRun {
  name: string;
  lower: string;
  start: number;
  end: number;
  first: number;
  end_: number;
}

const ORG_WORDS = new Set(
  'cooperative charity firm army front organization organisation group party ministry council agency committee union coalition forces staff news times post university commission court department office institute association network helmets bank company corporation inc foundation brigade brigades movement alliance administration government senate congress parliament assembly police service services command center centre club league federation tribunal nations'.split(
    ' ',
  ),
);
const PLACE_CUES = new Set([
  'in',
  'at',
  'near',
  'from',
  'into',
  'across',
  'outside',
  'inside',
  'town',
  'city',
  'province',
  'village',
  'region',
  'capital',
  'country',
]);
const DIRECTIONS = new Set([
  'northern',
  'southern',
  'eastern',
  'western',
  'central',
  'north',
  'south',
  'east',
  'west',
  'rural',
  'northeastern',
  'northwestern',
  'southeastern',
  'southwestern',
]);
const CONNECTORS = new Set(['of', 'for', 'the', 'de']);

/** Whether a speaker's role names a body rather than a person's post ("environmental group"). */
export function isOrganisationRole(role: string | null): boolean {
  return role !== null && ORG_WORDS.has(role.split(/\s+/).pop()!.toLowerCase());
}

/** Capitalised words that are loaded terms ("Takfiri") describe a name rather than belong to it. */
const isTerm = (tk: Tokens, i: number) => termAt(tk, i) !== null;

/** A capitalised word that can be part of a name; "At" counts when hyphen-joined to one ("At-Tanf"). */
function nameWord(tk: Tokens, i: number): boolean {
  if (!tk.isWord(i) || !tk.cap(i) || isTerm(tk, i)) return false;
  if (!FUNCTION_WORDS.has(tk.norm(i))) return true;
  return tk.hyphenated(i + 1) && tk.cap(i + 1);
}

const stripPossessive = (s: string) => {
  const c = s.charCodeAt(s.length - 1);
  return c === 115 || c === 39 || c === 0x2019 ? s.replace(/['’]s?$/, '') : s;
};

function runAt(text: string, tk: Tokens, from: number, people: ReadonlySet<string>): NameRun {
  let i = from;
  let end = i + 1;
  for (;;) {
    let j = end;
    // Up to two lower-case connectors inside a name ("Organization for the Prohibition"), never "and" at the end.
    while (
      j < end + 2 &&
      tk.isWord(j) &&
      (CONNECTORS.has(tk.norm(j)) || NAME_PARTICLES.has(tk.norm(j)))
    )
      j++;
    if (!nameWord(tk, j)) break;
    end = j + 1;
  }
  // "General Sergey Rudskoy" is the person Sergey Rudskoy; "General Staff" keeps its title word.
  for (let k = end - 2; k >= i; k--) {
    if (!TITLES.has(tk.norm(k))) continue;
    const rest = text.slice(tk.start[k + 1]!, tk.end[end - 1]!);
    const restWords = rest.split(/[\s-]+/);
    const isOrg = restWords.some((w) => ORG_WORDS.has(w.toLowerCase()));
    if (
      people.has(stripPossessive(rest).toLowerCase()) ||
      (!isOrg && (k === i || restWords.length >= 2))
    )
      i = k + 1;
    break;
  }
  const start = tk.start[i]!;
  const stop = tk.end[end - 1]!;
  const name = stripPossessive(text.slice(start, stop));
  return { name, lower: name.toLowerCase(), start, end: stop, first: i, end_: end };
}

function typeOf(run: NameRun, tk: Tokens, people: ReadonlySet<string>): Entity['type'] {
  if (people.has(run.lower)) return 'person';
  const words = run.end_ - run.first > 1 ? run.lower.split(/[\s-]+/) : [run.lower];
  if (words.some((w) => ORG_WORDS.has(w)) || /^[A-Z]{2,6}$/.test(run.name)) return 'organisation';
  let j = run.first - 1;
  if (DIRECTIONS.has(tk.norm(j))) j--;
  if (tk.norm(j) === 'of' && PLACE_CUES.has(tk.norm(j - 1))) return 'place';
  if (PLACE_CUES.has(tk.norm(j))) return 'place';
  if (TITLES.has(tk.norm(run.first - 1))) return 'person';
  return 'other';
}

// A 100,000-word article has a few thousand names; this bounds the output on pathological text.
const MAX_RUNS = 30000;

/** Named people, organisations and places, with surnames, acronyms and possessives merged into one entity. */
export function findEntities(
  text: string,
  tk: Tokens,
  sentences: readonly Sentence[],
  people: ReadonlySet<string>,
): Entity[] {
  const startsSentence = new Uint8Array(tk.length);
  for (const s of sentences) startsSentence[s.first] = 1;
  const runs: NameRun[] = [];
  const midSentence = new Set<string>();
  for (let i = 0; i < tk.length && runs.length < MAX_RUNS; i++) {
    if (!nameWord(tk, i)) continue;
    const run = runAt(text, tk, i, people);
    const afterOpeningMark = tk.isQuote(i - 1) && tk.end[i - 1] === tk.start[i];
    if (!startsSentence[i] && !afterOpeningMark) midSentence.add(run.name);
    runs.push(run);
    i = run.end_ - 1;
  }
  const types = runs.map((run) => typeOf(run, tk, people));
  const aliasOf = new Map<string, string>();
  runs.forEach((run, k) => {
    if (types[k] !== 'person' || run.end_ - run.first < 2) return;
    const words = run.lower.split(' ');
    if (words.length > 1) aliasOf.set(words[words.length - 1]!, run.lower);
  });
  const byKey = new Map<string, Entity>();
  const add = (name: string, lower: string, type: Entity['type'], start: number, end: number) => {
    const key = aliasOf.get(lower) ?? lower;
    const e = byKey.get(key) ?? { id: key, name, type, aliases: [], mentions: [] };
    if (e.name !== name && !e.aliases.includes(name)) e.aliases.push(name);
    if (e.type === 'other' && type !== 'other') e.type = type;
    e.mentions.push({ start, end });
    byKey.set(key, e);
  };
  for (const [k, run] of runs.entries()) {
    // A capitalised word that only ever starts sentences is probably an ordinary word ("Early in March").
    const known = midSentence.has(run.name) || aliasOf.has(run.lower);
    if (!known && !run.name.includes(' ')) continue;
    if (DIRECTIONS.has(run.lower)) continue;
    add(run.name, run.lower, types[k]!, run.start, run.end);
    // "Organization for the Prohibition of Chemical Weapons (OPCW)": the acronym is an alias.
    const next = runs[k + 1];
    if (
      next &&
      /^[A-Z]{2,8}$/.test(next.name) &&
      tk.norm(run.end_) === '(' &&
      next.first === run.end_ + 1
    ) {
      aliasOf.set(next.lower, aliasOf.get(run.lower) ?? run.lower);
    }
  }
  for (const m of topicMatcher.matchAll(tk)) {
    add(m.value, m.value.toLowerCase(), 'other', tk.start[m.first]!, tk.end[m.end - 1]!);
  }
  return [...byKey.values()];
}
