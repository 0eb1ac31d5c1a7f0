import type { OrgName } from './org-names';
import type { Tokens } from './tokenize';
import { DETERMINERS, FUNCTION_WORDS } from './vocabulary';

/**
 * Companies the article itself shows to be companies, whatever their name ("Boeing", "Delta"):
 * "Boeing's chief executive", "shares of Boeing", "Boeing, the aircraft maker,", "Boeing, which
 * makes …". No list of company names: a name is a company only by what the text says of it.
 */

/** Heads of descriptions that stand for a company; each company can be referred to by all of them. */
const COMPANY_KINDS = ['company', 'firm'];
// Nouns of a company kind in an appositive ("Harbour, the budget airline"): the description "the
// airline" then fits it too. Not "carrier" or "maker", which are people too ("a mail carrier").
const KIND_NOUNS = new Set(
  'company firm carmaker automaker chipmaker drugmaker planemaker manufacturer retailer airline chain insurer lender startup conglomerate'.split(
    ' ',
  ),
);
// Said of a company after its possessive name: "Boeing's chief executive", "Tesla's shares".
const OWNED = new Set(
  'ceo cfo coo shares stock shareholders stockholders founder co-founder earnings subsidiary subsidiaries'.split(
    ' ',
  ),
);
const CHIEF = new Set(['executive', 'financial', 'operating', 'technology']);
// "Boeing, which makes …": what a company does.
const BUSINESS_VERBS = new Set(
  'makes manufactures produces sells operates runs owns builds develops distributes'.split(' '),
);
const SHARES = new Set(['shares', 'stock', 'stake']);
// Appositive words between the comma and the kind noun ("the nation's largest", "the Chicago-based").
const MAX_APPOSITIVE = 5;

/** The end (exclusive) of the capitalised run from `i`: "Johnson & Johnson", "Bank of America". */
function runEnd(tk: Tokens, i: number): number {
  let end = i + 1;
  while (end < tk.length && end - i < 6) {
    if (tk.isWord(end) && tk.cap(end) && !tk.norm(end - 1).endsWith("'s")) end++;
    else if (
      (tk.norm(end) === '&' || tk.norm(end) === 'of') &&
      tk.isWord(end + 1) &&
      tk.cap(end + 1)
    )
      end += 2;
    else break;
  }
  return end;
}

/** "Boeing, the aircraft maker," → "maker"; "" when no kind noun follows the comma. */
function appositiveKind(tk: Tokens, comma: number): string {
  let i = comma + 1;
  if (!DETERMINERS.has(tk.norm(i))) return '';
  for (i++; i < comma + 2 + MAX_APPOSITIVE && tk.isWord(i); i++) {
    const norm = tk.norm(i);
    if (KIND_NOUNS.has(norm)) {
      // "the maker of …" and "the company's …" are still about this one; "the airline industry" is not.
      const next = tk.norm(i + 1);
      return tk.isWord(i + 1) && next !== 'of' && next !== 'that' && next !== 'which' ? '' : norm;
    }
  }
  return '';
}

function evidenceAfter(tk: Tokens, end: number): string | null {
  const last = tk.norm(end - 1);
  if (last.endsWith("'s")) {
    const next = tk.norm(end);
    if (OWNED.has(next) || (next === 'chief' && CHIEF.has(tk.norm(end + 1)))) return 'company';
    return null;
  }
  if (tk.norm(end) !== ',') return null;
  if (tk.norm(end + 1) === 'which' && BUSINESS_VERBS.has(tk.norm(end + 2))) return 'company';
  return appositiveKind(tk, end) || null;
}

// Kind nouns that mean the same business: "Delta, the carrier" is also "the airline".
const SAME_KIND: Record<string, readonly string[]> = {
  carrier: ['carrier', 'airline'],
  airline: ['carrier', 'airline'],
  automaker: ['automaker', 'carmaker'],
  carmaker: ['automaker', 'carmaker'],
};

function add(out: OrgName[], text: string, tk: Tokens, first: number, end: number, kind: string) {
  const name = text.slice(tk.start[first]!, tk.end[end - 1]!).replace(/['’]s$/, '');
  const kinds =
    kind === 'company' || kind === 'firm'
      ? COMPANY_KINDS
      : [...COMPANY_KINDS, ...(SAME_KIND[kind] ?? [kind])];
  out.push({ at: tk.start[first]!, name, kinds });
}

/** Every place the text shows a capitalised name to be a company, in text order. */
export function companyNames(text: string, tk: Tokens): OrgName[] {
  const out: OrgName[] = [];
  for (let i = 0; i < tk.length; i++) {
    if (!tk.isWord(i)) continue;
    if (
      SHARES.has(tk.norm(i)) &&
      (tk.norm(i + 1) === 'of' || tk.norm(i + 1) === 'in') &&
      tk.isWord(i + 2) &&
      tk.cap(i + 2) &&
      !FUNCTION_WORDS.has(tk.norm(i + 2))
    ) {
      const end = runEnd(tk, i + 2);
      add(out, text, tk, i + 2, end, 'company');
      i = end - 1;
      continue;
    }
    if (!tk.cap(i) || tk.cap(i - 1)) continue;
    let first = i;
    const end = runEnd(tk, i);
    // "On Monday Boeing's …": small capitalised words opening a sentence are no part of the name.
    while (first < end && (DETERMINERS.has(tk.norm(first)) || FUNCTION_WORDS.has(tk.norm(first))))
      first++;
    const kind = first < end ? evidenceAfter(tk, end) : null;
    if (kind) add(out, text, tk, first, end, kind);
    i = end - 1;
  }
  return out;
}
