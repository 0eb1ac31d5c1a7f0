import type { Quote, Term } from './analysis-schema';
import type { AttributedQuote } from './attribute-direct-quotes';
import { isChargeObject, isPlainSense } from './term-context';
import { isIntroducedTerm, phraseAfter } from './term-of-art';
import type { Tokens } from './tokenize';
import { termAt } from './vocabulary';

const SCARE_WHY =
  'Quotation marks around a word or two, with nobody quoted, can signal that the writer doubts or mocks the word.';

const POSSIBLE_WHY =
  'Wording that judges rather than describes. This flag comes from a learned model, not the word list, so it is a hint to look closer.';

/**
 * Finds more possibly loaded wording (the learned model, which the background passes in): runs of
 * tokens, never inside a token set in `taken`.
 */
export type TermSuggester = (tk: Tokens, taken: Uint8Array) => { first: number; end: number }[];

/** Where each token stands: inside which direct quote, and inside which reported clause (quote indexes, -1 for none). */
export interface Voices {
  direct: Int32Array;
  reported: Int32Array;
}

function voiceAt(
  tk: Tokens,
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
  // "accusations of police brutality": the accusers' word, not the outlet's judgement.
  if (isChargeObject(tk, i)) return { voice: 'reported', quoteId: null, speaker: null };
  return { voice: 'outlet', quoteId: null, speaker: null };
}

/** "so-called metadata, the records of …": "so-called" before a term it introduces is no doubt. */
function introducesTerm(tk: Tokens, entry: string, end: number): boolean {
  if (entry !== 'so-called') return false;
  const quoted = tk.isQuote(end);
  const [first, stop] = phraseAfter(tk, quoted ? end + 1 : end);
  return isIntroducedTerm(tk, first, stop, quoted);
}

/**
 * Loaded terms from the lexicon (where the context gives the loaded sense), scare quotes and, when
 * a suggester is given, the model's extra flags; each with who is using the words, in text order
 * with ids t0, t1, ….
 */
export function findTerms(
  text: string,
  tk: Tokens,
  quotes: readonly Quote[],
  voices: Voices,
  scareQuotes: readonly AttributedQuote[],
  suggest: TermSuggester | null = null,
): Term[] {
  const terms: Term[] = [];
  const taken = suggest ? new Uint8Array(tk.length) : null;
  for (let i = 0; i < tk.length; i++) {
    const m = tk.isWord(i) ? termAt(tk, i) : null;
    if (!m) continue;
    i = m.end - 1;
    taken?.fill(1, m.first, m.end);
    if (isPlainSense(tk, m.first, m.end) || introducesTerm(tk, m.value.id, m.end)) continue;
    const start = tk.start[m.first]!;
    const end = tk.end[m.end - 1]!;
    const v = voiceAt(tk, voices, quotes, m.first);
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
    const { start, end, openTok, closeTok } = q.span;
    taken?.fill(1, openTok, closeTok + 1);
    const v = voiceAt(tk, voices, quotes, openTok);
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
  if (suggest && taken) {
    for (const f of suggest(tk, taken)) {
      const start = tk.start[f.first]!;
      const end = tk.end[f.end - 1]!;
      const v = voiceAt(tk, voices, quotes, f.first);
      terms.push({
        id: '',
        entry: 'possibly-loaded',
        category: 'possibly-loaded',
        text: text.slice(start, end),
        start,
        end,
        why: POSSIBLE_WHY,
        alternative: null,
        voice: v.voice,
        quoteId: v.quoteId,
        speaker: v.speaker,
      });
    }
  }
  terms.sort((a, b) => a.start - b.start || b.end - a.end);
  terms.forEach((t, k) => (t.id = `t${k}`));
  return terms;
}
