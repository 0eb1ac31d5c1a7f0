import { lowerBound } from '../sorted/lower-bound';
import type { NameSite } from './name-sites';
import type { SpeakerPhrase } from './speaker-phrase';
import type { Tokens } from './tokenize';

/**
 * The news convention "Sanders showed no sign of backing down. ¶ “If Clinton thinks …”": a
 * quotation that fills its paragraph with no cue is most likely the words of the one person the
 * paragraph before is about. Only when every sentence subject named there is that one person.
 */

/** Index of the first token starting at or after `offset`. */
function tokenAt(tk: Tokens, offset: number): number {
  return lowerBound(tk.length, (i) => tk.start[i]!, offset);
}

/** Index of the first site at or after `offset`. */
function siteAt(sites: readonly NameSite[], offset: number): number {
  return lowerBound(sites.length, (i) => sites[i]!.at, offset);
}

// Sentence subjects looked at in one paragraph; a longer one is not about one person.
const MAX_SITES = 6;

/**
 * The name, as a speaker phrase, of the one person named as a sentence subject in the paragraph
 * before token `open` (a quotation's opening mark at a paragraph start), or null. `speaks` tells
 * whether a surname is a speaker at some cue of the article.
 */
export function paragraphSubject(
  tk: Tokens,
  sites: readonly NameSite[],
  open: number,
  speaks: (surname: string) => boolean,
): SpeakerPhrase | null {
  let last = open - 1;
  while (last >= 0 && tk.isBreak(last)) last--;
  if (last < 0) return null;
  let first = last;
  while (first > 0 && !tk.isBreak(first - 1)) first--;
  const from = siteAt(sites, tk.start[first]!);
  const to = siteAt(sites, tk.end[last]!);
  if (to === from || to - from > MAX_SITES) return null;
  const surname = sites[from]!.surname;
  let best = sites[from]!;
  for (let k = from + 1; k < to; k++) {
    if (sites[k]!.surname !== surname) return null;
    if (sites[k]!.words > best.words) best = sites[k]!;
  }
  // Any quotation in that paragraph may be someone else's words: then nothing is sure.
  for (let i = first; i <= last; i++) if (tk.isQuote(i)) return null;
  const start = tokenAt(tk, best.at);
  // "Wait, it gets better:" is no one: a lone capitalised word needs a first name, a title, or to
  // be a speaker elsewhere in the article.
  if (tk.norm(start).replace(/'s$/, '') === surname && !speaks(surname)) return null;
  for (let end = start; end < start + 8 && end <= last; end++)
    if (tk.norm(end).replace(/'s$/, '') === surname) return { first: start, end: end + 1 };
  return null;
}
