import type { Entity } from './analysis-schema';
import type { Sentence } from './sentences';
import type { Token } from './tokenize';
import { FUNCTION_WORDS, NAME_PARTICLES, TITLES, termAt, topicMatcher } from './vocabulary';

/** One run of capitalised words ("Free Syrian Army") with the hints its context gives about its type. */
interface NameRun {
  name: string;
  start: number;
  end: number;
  first: number;
  end_: number;
}

const ORG_WORDS = new Set(
  'army front organization organisation group party ministry council agency committee union coalition forces staff news times post university commission court department office institute association network helmets bank company corporation inc foundation brigade brigades movement alliance administration government senate congress parliament assembly police service services command center centre club league federation tribunal nations'.split(
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

/** Capitalised words that are loaded terms ("Takfiri") describe a name rather than belong to it. */
const isTerm = (tokens: readonly Token[], i: number) => termAt(tokens, i) !== null;

/** A capitalised word that can be part of a name; "At" counts when hyphen-joined to one ("At-Tanf"). */
function nameWord(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || t.kind !== 'word' || !t.cap || isTerm(tokens, i)) return false;
  if (!FUNCTION_WORDS.has(t.norm)) return true;
  const next = tokens[i + 1];
  return !!next && next.hyphenated && next.cap;
}

const stripPossessive = (s: string) => s.replace(/['’]s?$/, '');

function runAt(
  text: string,
  tokens: readonly Token[],
  from: number,
  people: ReadonlySet<string>,
): NameRun {
  let i = from;
  let end = i + 1;
  for (;;) {
    let j = end;
    // Up to two lower-case connectors inside a name ("Organization for the Prohibition"), never "and" at the end.
    while (
      j < end + 2 &&
      j < tokens.length &&
      tokens[j]!.kind === 'word' &&
      (CONNECTORS.has(tokens[j]!.norm) || NAME_PARTICLES.has(tokens[j]!.norm))
    )
      j++;
    if (!nameWord(tokens, j)) break;
    end = j + 1;
  }
  // "General Sergey Rudskoy" is the person Sergey Rudskoy; "General Staff" keeps its title word.
  for (let k = end - 2; k >= i; k--) {
    if (!TITLES.has(tokens[k]!.norm)) continue;
    const rest = text.slice(tokens[k + 1]!.start, tokens[end - 1]!.end);
    const restWords = rest.split(/[\s-]+/);
    const isOrg = restWords.some((w) => ORG_WORDS.has(w.toLowerCase()));
    if (
      people.has(stripPossessive(rest).toLowerCase()) ||
      (!isOrg && (k === i || restWords.length >= 2))
    )
      i = k + 1;
    break;
  }
  const start = tokens[i]!.start;
  const stop = tokens[end - 1]!.end;
  return { name: stripPossessive(text.slice(start, stop)), start, end: stop, first: i, end_: end };
}

function typeOf(
  run: NameRun,
  tokens: readonly Token[],
  people: ReadonlySet<string>,
): Entity['type'] {
  const words = run.name.toLowerCase().split(/[\s-]+/);
  if (people.has(run.name.toLowerCase())) return 'person';
  if (words.some((w) => ORG_WORDS.has(w)) || /^[A-Z]{2,6}$/.test(run.name)) return 'organisation';
  let j = run.first - 1;
  if (tokens[j] && DIRECTIONS.has(tokens[j]!.norm)) j--;
  if (tokens[j]?.norm === 'of' && tokens[j - 1] && PLACE_CUES.has(tokens[j - 1]!.norm))
    return 'place';
  if (tokens[j] && PLACE_CUES.has(tokens[j]!.norm)) return 'place';
  if (tokens[run.first - 1] && TITLES.has(tokens[run.first - 1]!.norm)) return 'person';
  return 'other';
}

/** Named people, organisations and places, with surnames, acronyms and possessives merged into one entity. */
export function findEntities(
  text: string,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  people: ReadonlySet<string>,
): Entity[] {
  const startsSentence = new Uint8Array(tokens.length);
  for (const s of sentences) startsSentence[s.first] = 1;
  const runs: NameRun[] = [];
  const midSentence = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    if (!nameWord(tokens, i)) continue;
    const run = runAt(text, tokens, i, people);
    const prev = tokens[i - 1];
    const afterOpeningMark = prev?.kind === 'quote' && prev.end === tokens[i]!.start;
    if (!startsSentence[i] && !afterOpeningMark) midSentence.add(run.name);
    runs.push(run);
    i = run.end_ - 1;
  }
  const types = runs.map((run) => typeOf(run, tokens, people));
  const aliasOf = new Map<string, string>();
  runs.forEach((run, k) => {
    const words = run.name.split(' ');
    if (types[k] === 'person' && words.length > 1)
      aliasOf.set(words[words.length - 1]!.toLowerCase(), run.name.toLowerCase());
  });
  const byKey = new Map<string, Entity>();
  const add = (name: string, type: Entity['type'], span: { start: number; end: number }) => {
    const key = aliasOf.get(name.toLowerCase()) ?? name.toLowerCase();
    const e = byKey.get(key) ?? { id: key, name, type, aliases: [], mentions: [] };
    if (e.name !== name && !e.aliases.includes(name)) e.aliases.push(name);
    if (e.type === 'other' && type !== 'other') e.type = type;
    e.mentions.push(span);
    byKey.set(key, e);
  };
  for (const [k, run] of runs.entries()) {
    // A capitalised word that only ever starts sentences is probably an ordinary word ("Early in March").
    const known = midSentence.has(run.name) || aliasOf.has(run.name.toLowerCase());
    if (!known && !run.name.includes(' ')) continue;
    if (DIRECTIONS.has(run.name.toLowerCase())) continue;
    add(run.name, types[k]!, run);
    // "Organization for the Prohibition of Chemical Weapons (OPCW)": the acronym is an alias.
    const next = runs[k + 1];
    if (
      next &&
      /^[A-Z]{2,8}$/.test(next.name) &&
      tokens[run.end_]?.norm === '(' &&
      next.first === run.end_ + 1
    ) {
      aliasOf.set(
        next.name.toLowerCase(),
        aliasOf.get(run.name.toLowerCase()) ?? run.name.toLowerCase(),
      );
    }
  }
  for (const m of topicMatcher.matchAll(tokens)) {
    const start = tokens[m.first]!.start;
    add(m.value, 'other', { start, end: tokens[m.end - 1]!.end });
  }
  return [...byKey.values()];
}
