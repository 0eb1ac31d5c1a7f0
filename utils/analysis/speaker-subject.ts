import { phraseBefore, skipBetween, type SpeakerPhrase } from './speaker-phrase';
import type { Tokens } from './tokenize';
import { DETERMINERS, PRONOUNS, ROLE_NOUNS, TITLES } from './vocabulary';

const POSSESSIVES = new Set(['her', 'his', 'their', 'its', 'our', 'my', 'your']);
const RELATIVE = new Set(['who', 'which']);
const AFFILIATION = new Set(['at', 'of', 'for', 'in', 'with', 'from', 'the']);
// How far back a relative clause ("X, who …, said") or a sentence subject may be looked for.
const REACH = 30;

/** Ends in a capitalised word that is not a title or role ("Marta Quill", not "the Minister"). */
function isName(tk: Tokens, p: SpeakerPhrase): boolean {
  const last = p.end - 1;
  const norm = tk.norm(last);
  return tk.cap(last) && !ROLE_NOUNS.has(norm) && !TITLES.has(norm) && !DETERMINERS.has(norm);
}

function isDescription(tk: Tokens, p: SpeakerPhrase): boolean {
  if (p.end - p.first === 1 && PRONOUNS.has(tk.norm(p.first))) return false;
  for (let i = p.first; i < p.end; i++) if (!tk.cap(i) || ROLE_NOUNS.has(tk.norm(i))) return true;
  return false;
}

/** Where an appositive may begin: the sentence start, after a possessive there ("Her spokesman"), or after a comma. */
function opensClause(tk: Tokens, i: number, sentenceFirst: number): boolean {
  if (i <= sentenceFirst || tk.isBreak(i - 1) || tk.isQuote(i - 1)) return true;
  if (POSSESSIVES.has(tk.norm(i - 1))) return i - 1 === sentenceFirst;
  return tk.norm(i - 1) === ',';
}

/** "DESC, NAME, said" or "NAME, DESC, said": the name with the description as its role. */
function appositive(tk: Tokens, comma: number, sentenceFirst: number): SpeakerPhrase | null {
  const second = phraseBefore(tk, comma - 1);
  if (!second || tk.norm(second.first - 1) !== ',') return null;
  const first = phraseBefore(tk, second.first - 2);
  if (!first || !opensClause(tk, first.first, sentenceFirst)) return null;
  if (isName(tk, second) && isDescription(tk, first) && !isDescription(tk, second))
    return { first: second.first, end: second.end, role: { first: first.first, end: first.end } };
  if (isName(tk, first) && isDescription(tk, second) && DETERMINERS.has(tk.norm(second.first)))
    return { first: first.first, end: first.end, role: { first: second.first, end: second.end } };
  return null;
}

/** "X, who has led the inquiry since May, said": the phrase before the relative clause. */
function beforeRelative(tk: Tokens, comma: number, sentenceFirst: number): SpeakerPhrase | null {
  for (let i = comma - 1; i > sentenceFirst && i > comma - REACH; i--) {
    if (tk.isBreak(i)) return null;
    if (RELATIVE.has(tk.norm(i)) && tk.norm(i - 1) === ',')
      return relativeAntecedent(tk, i - 1, sentenceFirst);
  }
  return null;
}

// Comma-set parts an antecedent may stand behind: "X, a gynecologist from Y, New Jersey, who".
const MAX_PARTS = 4;

/** Whether the comma-set part from `start` describes rather than names ("a senior analyst at Jefferies"). */
function describes(tk: Tokens, start: number, q: SpeakerPhrase | null): boolean {
  // "director of the centre at Duke University": the place ends a description, not the subject.
  if (q !== null && q.first > start && AFFILIATION.has(tk.norm(q.first - 1))) return true;
  const lead = tk.norm(start);
  const opensDescription = DETERMINERS.has(lead) || POSSESSIVES.has(lead) || /^\d+$/.test(lead);
  // "His remarks were derided by Armin Laschet" opens with "his" but ends in a name.
  return opensDescription && (q === null || q.first === start || !isName(tk, q));
}

/**
 * Who a ", who" or ", which" refers to: the name heading the comma-set parts before it, not the
 * place or body that ends an appositive ("Howard Rubel, a senior analyst at Jefferies, who notes").
 */
function relativeAntecedent(
  tk: Tokens,
  comma: number,
  sentenceFirst: number,
): SpeakerPhrase | null {
  let end = comma;
  let found: SpeakerPhrase | null = null;
  for (let n = 0; n < MAX_PARTS && end > sentenceFirst; n++) {
    let start = end - 1;
    while (start > sentenceFirst && start > end - REACH && tk.norm(start - 1) !== ',') {
      if (tk.isBreak(start - 1)) break;
      start--;
    }
    const q = phraseBefore(tk, end - 1);
    const commaBefore = tk.norm(start - 1) === ',';
    if (describes(tk, start, q)) {
      if (!commaBefore) break;
    } else {
      if (!q || !isName(tk, q)) break;
      found = q;
      if (q.first !== start || !commaBefore) break;
    }
    end = start - 1;
  }
  return found ?? phraseBefore(tk, comma - 1);
}

/** "Kevin Brady, chairman of the budget committee and a critic of the plan, said": the name before the sentence's first comma. */
function leadingSubject(tk: Tokens, comma: number, sentenceFirst: number): SpeakerPhrase | null {
  let clauseFirst = sentenceFirst;
  for (let c = sentenceFirst + 1; c < comma && c < sentenceFirst + REACH; c++) {
    if (tk.norm(c) !== ',') continue;
    const p = phraseBefore(tk, c - 1);
    if (p && p.first <= clauseFirst + 2 && isName(tk, p)) {
      const roleEnd = comma - c - 1 <= MAX_ROLE ? comma : c + 1;
      return roleEnd > c + 1 ? { ...p, role: { first: c + 1, end: roleEnd } } : p;
    }
    // Only the sentence's first clause: "Speaking in Salem, New Hampshire, Trump …" is not about New Hampshire.
    if (c > sentenceFirst) break;
    clauseFirst = c + 1;
  }
  return null;
}
const MAX_ROLE = 10;

/**
 * The speaker before a cue starting at `cueFirst`: "Quill said", "Quill has said", "he said", and
 * the comma-set forms "The harbour master, Marta Quill, said" and "Quill, who …, said".
 */
export function subjectBefore(
  tk: Tokens,
  cueFirst: number,
  sentenceFirst: number,
): SpeakerPhrase | null {
  let j = skipBetween(tk, cueFirst - 1);
  // "Rep. Ada Voss (D-Vt.) said": step over a short parenthesis after the name.
  if (tk.norm(j) === ')') {
    let open = j - 1;
    while (open > j - 8 && open > sentenceFirst && tk.norm(open) !== '(') open--;
    if (tk.norm(open) === '(') j = open - 1;
  }
  if (tk.norm(j) === ',')
    return (
      appositive(tk, j, sentenceFirst) ??
      beforeRelative(tk, j, sentenceFirst) ??
      leadingSubject(tk, j, sentenceFirst)
    );
  if (tk.norm(j) === 'who' && tk.norm(j - 1) === ',')
    return relativeAntecedent(tk, j - 1, sentenceFirst);
  return phraseBefore(tk, j);
}

/** A lower-case word that can only be a finite verb here ("called", "has", "warned"). */
function isVerb(tk: Tokens, i: number): boolean {
  if (!tk.isWord(i) || tk.cap(i)) return false;
  const norm = tk.norm(i);
  return VERBS.has(norm) || (norm.length > 4 && norm.endsWith('ed'));
}
const VERBS = new Set(
  'is was are were has have had will would could can may might must says said told does did'.split(
    ' ',
  ),
);

/** The subject of the clause before `before`: the phrase in front of its first verb, after any opening "In May," part. */
export function clauseSubject(
  tk: Tokens,
  sentenceFirst: number,
  before: number,
): SpeakerPhrase | null {
  let start = sentenceFirst;
  for (let i = sentenceFirst + 1; i < before && i < sentenceFirst + REACH; i++) {
    if (tk.norm(i) === ',') start = i + 1;
    if (!isVerb(tk, i)) continue;
    const p = subjectBefore(tk, i, start);
    return p && p.first <= start + 1 ? p : null;
  }
  return null;
}

/**
 * The subject a cue shares with an earlier verb: "The group Clear Water called the spill a disaster
 * and warned that …", "Voss rejected the report, saying that …".
 */
export function sharedSubject(
  tk: Tokens,
  cueFirst: number,
  sentenceFirst: number,
): SpeakerPhrase | null {
  let before = skipBetween(tk, cueFirst - 1);
  const norm = tk.norm(before);
  if (norm === 'and' || norm === 'but') {
    if (tk.norm(before - 1) === ',') before--;
  } else if (!(norm === ',' && tk.norm(cueFirst).endsWith('ing'))) return null;
  return clauseSubject(tk, sentenceFirst, before);
}
