import { lowerBound } from '../sorted/lower-bound';
import type { Speaker } from './analysis-schema';
import type { SpeakerMention } from './describe-speaker';
import { lastSiteBefore, type NameSite } from './name-sites';
import { isOrgKind, kindsOfWord, orgKey, type OrgName } from './org-names';
import { mentionConfidence } from './speaker-plausible';
import { writerSpeaker } from './writer-speaker';

interface Person {
  name: string;
  role: string | null;
  /** Where the person is named, to pick the nearest one for a description. */
  at: number[];
  words: Set<string>;
  /** Known from "Mr."/"Ms." or from a "he"/"she" that already referred to the person. */
  gender: 'm' | 'f' | null;
}

function lastWord(name: string): string {
  let i = name.length - 1;
  while (i >= 0 && name[i] !== ' ' && name[i] !== '\u00a0' && name[i] !== '\t') i--;
  return name.slice(i + 1).toLowerCase();
}

function honorificGender(mention: string): Person['gender'] {
  const first = mention.slice(0, 4).toLowerCase();
  if (/^mr\b/.test(first)) return 'm';
  return /^(mrs|ms|miss)\b/.test(first) ? 'f' : null;
}

const PRONOUN_GENDER: Record<string, Person['gender']> = { he: 'm', she: 'f' };
// How many recently named people a "he" or "she" may reach back to.
const RECENT = 4;

/** The person a pronoun most likely refers to: the latest one named whose known gender fits. */
function pronounTarget(recent: readonly Person[], pronoun: string): Person | null {
  const gender = PRONOUN_GENDER[pronoun.toLowerCase()];
  if (!gender) return recent[0] ?? null;
  const latest = recent[0];
  const person =
    latest && latest.gender !== null && latest.gender !== gender
      ? (recent.find((p) => p.gender === gender) ?? latest)
      : (latest ?? null);
  if (person) person.gender ??= gender;
  return person;
}

/** Builds the article's cast of named speakers: full names, their surnames and the roles given anywhere. */
function buildCast(mentions: readonly SpeakerMention[]): Map<string, Person> {
  const bySurname = new Map<string, Person>();
  const full = mentions.filter((m) => m.kind === 'name' && m.name!.includes(' '));
  const single = mentions.filter((m) => m.kind === 'name' && !m.name!.includes(' '));
  for (const m of [...full, ...single]) {
    const key = lastWord(m.name!);
    let person = bySurname.get(key);
    if (!person) {
      person = { name: m.name!, role: null, at: [], words: new Set(), gender: null };
      bySurname.set(key, person);
    }
    person.role ??= m.role;
    person.gender ??= honorificGender(m.mention);
    person.at.push(m.start);
    for (const w of m.words) person.words.add(w);
  }
  return bySurname;
}

/** Where the person was last named before `offset` (-1 if never). */
function lastNamedBefore(p: Person, offset: number): number {
  const lo = lowerBound(p.at.length, (i) => p.at[i]!, offset);
  return lo > 0 ? p.at[lo - 1]! : -1;
}

const named = (p: Person, site: NameSite): boolean =>
  lastWord(p.name) === site.surname || p.words.has(site.surname);

/** Distance from `at` to the person's nearest naming; names after `at` count four times as far. */
function distanceTo(p: Person, at: number): number {
  const lo = lowerBound(p.at.length, (i) => p.at[i]!, at, true);
  const before = lo > 0 ? at - p.at[lo - 1]! : Infinity;
  const after = lo < p.at.length ? (p.at[lo]! - at) * 4 : Infinity;
  return Math.min(before, after);
}

// Bounds the work per description so a text full of names stays linear.
const MAX_CANDIDATES = 32;

/** The named person nearest to a description that shares one of its words (a description refers back, or in a lede forward). */
function nearest(byWord: Map<string, Person[]>, m: SpeakerMention): Person | null {
  let best: Person | null = null;
  let bestDistance = Infinity;
  for (const w of m.words) {
    for (const p of byWord.get(w) ?? []) {
      const d = distanceTo(p, m.start);
      if (d < bestDistance) [best, bestDistance] = [p, d];
    }
  }
  return best;
}

const asSpeaker = (p: Person, mention: string, confidence: number): Speaker => ({
  name: p.name,
  role: p.role,
  mention,
  named: true,
  anonymous: false,
  confidence,
});

// "we" may be the outlet or a group the writer belongs to; "they" and "it" reach too far to be sure.
const UNSURE_PRONOUNS = new Set(['we', 'they', 'it']);
const PRONOUN_CONFIDENCE = 0.85;
const DESCRIPTION_RESOLVED = 0.75;
// A pronoun taken to mean a person named as the subject of a sentence before it, never a speaker.
const SUBJECT_CONFIDENCE = 0.7;

/**
 * "the company" → the one organisation of that kind named before it; undefined when the mention is
 * not such a description, null when none or several fit (then it stays a description).
 */
/** Where the first and the second distinct organisation of each kind are named, so each lookup is O(1). */
interface FirstTwo {
  name: string;
  at: number;
  /** Where a second, different organisation of the kind is first named (Infinity if never). */
  secondAt: number;
}

function firstTwoByKind(lists: readonly (readonly OrgName[])[]): Map<string, FirstTwo> {
  const firstTwo = new Map<string, FirstTwo>();
  for (const list of lists) {
    for (const o of list) {
      for (const kind of o.kinds) {
        const f = firstTwo.get(kind);
        if (!f) firstTwo.set(kind, { name: o.name, at: o.at, secondAt: Infinity });
        else if (orgKey(o.name) === orgKey(f.name)) f.at = Math.min(f.at, o.at);
        else if (o.at < f.at) [f.name, f.at, f.secondAt] = [o.name, o.at, f.at];
        else f.secondAt = Math.min(f.secondAt, o.at);
      }
    }
  }
  return firstTwo;
}

/**
 * "the company" → the one organisation of that kind named before it; undefined when the mention is
 * not such a description, null when none or several fit (then it stays a description).
 */
function orgReferent(
  m: SpeakerMention,
  firstTwo: () => Map<string, FirstTwo>,
): string | null | undefined {
  // "the company", "the Atlanta-based carrier": the last word is the kind.
  const head = m.words.length <= 3 ? (m.words.at(-1) ?? '') : '';
  if (m.plural || m.anonymous || !isOrgKind(head) || !/^the\s/i.test(m.mention)) return undefined;
  const f = firstTwo().get(head);
  return f && f.at < m.start && f.secondAt >= m.start ? f.name : null;
}

/**
 * Resolves each mention to a speaker: surnames to the full name first given, pronouns to the last
 * named speaker, and descriptions ("the senior official") to a named speaker whose own description
 * shares a word with it; "the company" or "the ministry" to the one organisation of that kind
 * named before it (`orgs`, in text order, or a speaker given such a role); a description that fits nobody is kept as given ("the union"), and
 * anonymous when it is an unnamed source ("officials", "a source").
 */
export function resolveSpeakers(
  all: readonly SpeakerMention[],
  isLowerWord: (w: string) => boolean = () => false,
  sites: () => readonly NameSite[] = () => [],
  orgs: () => readonly OrgName[] = () => [],
): (Speaker | null)[] {
  // "Pay" or "Green" is a surname, not a common word, once a full name ends in it.
  const surnames = new Set(
    all.filter((m) => m.kind === 'name' && m.name!.includes(' ')).map((m) => lastWord(m.name!)),
  );
  const lower = (w: string) => !surnames.has(w) && isLowerWord(w);
  // The same words recur at many quotes; judge each wording once.
  const judged = new Map<string, number>();
  const sure = all.map((m) => {
    if (m.kind === 'pronoun') return 1;
    const key = `${m.kind}|${m.mention}`;
    let c = judged.get(key);
    if (c === undefined) judged.set(key, (c = mentionConfidence(m, lower)));
    return c;
  });
  const cast = buildCast(all.filter((_, k) => sure[k]! > 0));
  const byWord = new Map<string, Person[]>();
  for (const p of cast.values()) {
    p.at.sort((a, b) => a - b);
    for (const w of p.words) {
      const list = byWord.get(w);
      if (!list) byWord.set(w, [p]);
      else if (list.length < MAX_CANDIDATES) list.push(p);
    }
  }
  // Speakers given a role of that kind: "Brightwell, a shipping company, said" is a company.
  const orgSpeakers: OrgName[] = [];
  all.forEach((m, k) => {
    const kinds = m.kind === 'name' && sure[k]! > 0 && m.role ? kindsOfWord(lastWord(m.role)) : [];
    if (kinds.length > 0) orgSpeakers.push({ at: m.start, name: m.name!, kinds });
  });
  let firstTwo: Map<string, FirstTwo> | undefined;
  const recent: Person[] = [];
  const saw = (p: Person) => {
    const k = recent.indexOf(p);
    if (k >= 0) recent.splice(k, 1);
    recent.unshift(p);
    if (recent.length > RECENT) recent.pop();
  };
  // The latest one person described but not named ("a spokesperson for the union").
  let described: { speaker: Speaker; at: number } | null = null;
  return all.map((m, k): Speaker | null => {
    // "Q:" in an interview transcript is the interviewer's question.
    if (m.kind === 'name' && m.name === 'Q') return writerSpeaker(m.mention, 'asked');
    const confidence = sure[k]!;
    if (confidence === 0) return null;
    if (m.kind === 'name') {
      const person = cast.get(lastWord(m.name!))!;
      saw(person);
      return asSpeaker(person, m.mention, confidence);
    }
    if (m.kind === 'pronoun') {
      const pronoun = m.mention.toLowerCase();
      // Speaker words are never inside quotation marks, so "I" is the writer ("I asked him, “…”").
      if (pronoun === 'i') return writerSpeaker(m.mention, m.cue);
      if (UNSURE_PRONOUNS.has(pronoun)) return null;
      let resolved = pronounTarget(recent, m.mention);
      const since = resolved ? lastNamedBefore(resolved, m.start) : -1;
      // "A spokesperson for the union said …. “…,” he said": the description is nearer than any name.
      if (described && described.at > since)
        return { ...described.speaker, mention: m.mention, confidence: PRONOUN_CONFIDENCE };
      // A one-word subject counts only when it is a known speaker ("Rubio"), not "Republicans".
      const site = lastSiteBefore(sites(), m.start, (x) => x.words >= 2 || cast.has(x.surname));
      if (site && site.at > since && !(resolved && named(resolved, site))) {
        // Someone else was named since as a sentence's subject: "he" is most likely that person.
        const other = cast.get(site.surname);
        const gender = PRONOUN_GENDER[m.mention.toLowerCase()];
        if (other && (!other.gender || !gender || other.gender === gender)) resolved = other;
        else if (!other && site.words >= 2) {
          return {
            name: site.name,
            role: null,
            mention: m.mention,
            named: true,
            anonymous: false,
            confidence: SUBJECT_CONFIDENCE,
          };
        }
      }
      if (resolved) saw(resolved);
      return resolved ? asSpeaker(resolved, m.mention, PRONOUN_CONFIDENCE) : null;
    }
    const org = orgReferent(m, () => (firstTwo ??= firstTwoByKind([orgs(), orgSpeakers])));
    if (org) {
      return {
        name: org,
        role: null,
        mention: m.mention,
        named: true,
        anonymous: false,
        confidence: DESCRIPTION_RESOLVED,
      };
    }
    // "the company" is a body, never a person whose description mentions the company.
    if (!m.plural && org === undefined) {
      // "A veteran Canadian diplomat" may be the Canadian envoy named later, but not on the word "diplomat" alone.
      const person = nearest(byWord, m.anonymous ? { ...m, words: m.words.slice(0, -1) } : m);
      if (person) {
        saw(person);
        return asSpeaker(person, m.mention, DESCRIPTION_RESOLVED);
      }
    }
    const speaker: Speaker = {
      name: m.mention,
      role: null,
      mention: m.mention,
      named: false,
      anonymous: m.anonymous,
      confidence,
    };
    if (!m.plural) described = { speaker, at: m.start };
    return speaker;
  });
}
