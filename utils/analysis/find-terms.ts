import type { Quote, Term } from './analysis-schema';
import type { AttributedQuote } from './attribute-direct-quotes';
import type { Tokens } from './tokenize';
import { termAt } from './vocabulary';

const SCARE_WHY =
  'Quotation marks around a word or two, with nobody quoted, can signal that the writer doubts or mocks the word.';

/** Where each token stands: inside which direct quote, and inside which reported clause (quote indexes, -1 for none). */
export interface Voices {
  direct: Int32Array;
  reported: Int32Array;
}

function voiceAt(
  voices: Voices,
  quotes: readonly Quote[],
  i: number,
): Pick<Term, 'voice' | 'quoteId' | 'speaker'> {
  const d = voices.direct[i]!;
  if (d >= 0)
    return { voice: 'quoted', quoteId: quotes[d]!.id, speaker: quotes[d]!.speaker?.name ?? null };
  // In reported speech the words are the outlet's wording of someone's claim: neither purely the outlet's nor a quote.
  const r = voices.reported[i]!;
  if (r >= 0)
    return { voice: 'reported', quoteId: quotes[r]!.id, speaker: quotes[r]!.speaker?.name ?? null };
  return { voice: 'outlet', quoteId: null, speaker: null };
}

/** Loaded terms from the lexicon plus scare quotes, each with who is using the words, in text order with ids t0, t1, …. */
export function findTerms(
  text: string,
  tk: Tokens,
  quotes: readonly Quote[],
  voices: Voices,
  scareQuotes: readonly AttributedQuote[],
): Term[] {
  const terms: Term[] = [];
  for (let i = 0; i < tk.length; i++) {
    const m = tk.isWord(i) ? termAt(tk, i) : null;
    if (!m) continue;
    i = m.end - 1;
    const start = tk.start[m.first]!;
    const end = tk.end[m.end - 1]!;
    const v = voiceAt(voices, quotes, m.first);
    terms.push({
      id: '',
      entry: m.value.id,
      category: m.value.category,
      text: text.slice(start, end),
      start,
      end,
      why: m.value.why,
      alternative: m.value.alternative,
      voice: v.voice,
      quoteId: v.quoteId,
      speaker: v.speaker,
    });
  }
  for (const q of scareQuotes) {
    const { start, end, openTok } = q.span;
    const v = voiceAt(voices, quotes, openTok);
    terms.push({
      id: '',
      entry: 'scare-quote',
      category: 'scare-quote',
      text: text.slice(start, end),
      start,
      end,
      why: SCARE_WHY,
      alternative: 'use the word plainly, or say who uses it',
      voice: v.voice,
      quoteId: v.quoteId,
      speaker: v.speaker,
    });
  }
  terms.sort((a, b) => a.start - b.start || b.end - a.end);
  terms.forEach((t, k) => (t.id = `t${k}`));
  return terms;
}
