import type { Tokens } from './tokenize';
import { DETERMINERS, FUNCTION_WORDS } from './vocabulary';

/** An organisation named in the text: a run of capitalised words holding a word of its kind. */
export interface OrgName {
  /** Offset of the name's first character. */
  at: number;
  name: string;
  /** The kinds of description it can stand for ("company", "ministry"). */
  kinds: readonly string[];
}

const COMPANY = 'company inc corp corporation co ltd llc plc holdings'.split(' ');
/**
 * For each head noun of a definite description ("the company"), the words that make a name one of
 * that kind. "union" and "government" are left out: "the union" is rarely the European Union and a
 * country's government is seldom named as such.
 */
const KIND_MARKERS: Record<string, readonly string[]> = {
  company: COMPANY,
  firm: COMPANY,
  ministry: ['ministry'],
  department: ['department'],
  agency: ['agency'],
  council: ['council'],
  committee: ['committee'],
  commission: ['commission'],
  court: ['court'],
  university: ['university'],
  party: ['party'],
  institute: ['institute'],
  foundation: ['foundation'],
  association: ['association'],
  authority: ['authority'],
  bureau: ['bureau'],
  bank: ['bank'],
  organisation: ['organisation', 'organization'],
  organization: ['organisation', 'organization'],
  // Kinds of company: a name is one by its own words ("Harbour Airways") or by what the text says
  // of it ("Delta, the Atlanta-based carrier"; `company-names.ts`).
  airline: ['airlines', 'airways'],
  carrier: ['airlines', 'airways'],
  retailer: [],
  maker: [],
  carmaker: [],
  automaker: [],
  manufacturer: [],
  chain: [],
  insurer: [],
  lender: [],
  startup: [],
  conglomerate: [],
};
const KIND_OF = new Map<string, string[]>();
for (const [kind, markers] of Object.entries(KIND_MARKERS))
  for (const m of markers) KIND_OF.set(m, [...(KIND_OF.get(m) ?? []), kind]);

const JOINERS = new Set(['of', 'for', 'and', '&', 'on']);
// Bounds a run so a page of capitalised words stays linear.
const MAX_RUN = 8;

/** The kinds of description a word makes a name of ("corp" → company, firm). */
export const kindsOfWord = (word: string): readonly string[] => KIND_OF.get(word) ?? [];

// Words a company's name may end in or leave out: "Boeing Co." and "Boeing" are one company.
const SUFFIXES = new Set([...COMPANY, 'group', 'the']);

/** One key for the ways one organisation is named ("The Boeing Co." and "Boeing" → "boeing"). */
export function orgKey(name: string): string {
  const words = name.toLowerCase().replace(/[.,]/g, '').split(/\s+/);
  while (words.length > 1 && words[0] === 'the') words.shift();
  while (words.length > 1 && SUFFIXES.has(words.at(-1)!)) words.pop();
  return words.join(' ');
}

/** Whether `head` ("company") is a kind of organisation a description can refer back to. */
export const isOrgKind = (head: string): boolean => head in KIND_MARKERS;

/**
 * Every capitalised run holding an organisation word ("Harbour Freight Corp", "Ministry of Water"),
 * in text order. A lone capitalised "Ministry" is not a name.
 */
export function orgNames(text: string, tk: Tokens): OrgName[] {
  const out: OrgName[] = [];
  let i = 0;
  while (i < tk.length) {
    if (!(tk.isWord(i) && tk.cap(i))) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < tk.length && end - i < MAX_RUN) {
      if (tk.isWord(end) && tk.cap(end)) end++;
      else if (JOINERS.has(tk.norm(end)) && tk.isWord(end + 1) && tk.cap(end + 1)) end += 2;
      else break;
    }
    let first = i;
    // "On Monday the Water Ministry": a capitalised small word opening a sentence is no part of the name.
    while (first < end && (DETERMINERS.has(tk.norm(first)) || FUNCTION_WORDS.has(tk.norm(first))))
      first++;
    const kinds = new Set<string>();
    for (let k = first; k < end; k++)
      for (const kind of KIND_OF.get(tk.norm(k).replace(/'s$/, '')) ?? []) kinds.add(kind);
    if (kinds.size > 0 && end - first >= 2) {
      const name = text.slice(tk.start[first]!, tk.end[end - 1]!).replace(/['’]s$/, '');
      out.push({ at: tk.start[first]!, name, kinds: [...kinds] });
    }
    i = end;
  }
  return out;
}
