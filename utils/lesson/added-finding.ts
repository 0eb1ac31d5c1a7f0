import { z } from 'zod';
import type { Analysis, Quote, Sourcing, Term } from '../analysis/analysis-schema';

/** A finding the trainer adds to the key by selecting a passage the engine did not flag. */
export const AddedFindingSchema = z.object({
  kind: z.enum(['quote', 'term', 'sourcing']),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string().min(1),
  /** For a quote: who said it, as the trainer names them ("" when unclear). */
  speaker: z.string().max(300),
  /** For a quote: how the article identifies the speaker. */
  speakerIs: z.enum(['named', 'described', 'anonymous']),
  /** For a term or a sourcing note: why it is flagged. */
  why: z.string().max(2000),
  note: z.string().max(5000),
});
export type AddedFinding = z.infer<typeof AddedFindingSchema>;

/** Ids the trainer's findings get in the key: never the engine's (q0, t3, s1). */
const addedId = (n: number): string => `lesson-${n}`;

/**
 * Adds the trainer's findings to a key analysis, as the same kinds of findings the engine makes, so
 * highlights, cards, walkthrough, exercise and reports treat them alike. Returns the new analysis
 * and the finding ids given to the additions (in the order given).
 */
export function addFindings(
  key: Analysis,
  additions: readonly AddedFinding[],
): { key: Analysis; ids: string[] } {
  const taken = new Set([...key.quotes, ...key.terms, ...key.sourcing].map((f) => f.id));
  let n = 0;
  const nextId = (): string => {
    while (taken.has(addedId(n))) n++;
    taken.add(addedId(n));
    return addedId(n);
  };
  const quotes = [...key.quotes];
  const terms = [...key.terms];
  const sourcing = [...key.sourcing];
  const ids: string[] = [];
  for (const a of additions) {
    const id = nextId();
    const span = { id, text: a.text, start: a.start, end: a.end };
    if (a.kind === 'quote') {
      const name = a.speaker.trim();
      const quote: Quote = {
        ...span,
        kind: 'direct',
        speaker: name
          ? {
              name,
              role: null,
              mention: name,
              named: a.speakerIs === 'named',
              anonymous: a.speakerIs === 'anonymous',
              confidence: 1,
            }
          : null,
        cue: null,
        continues: null,
      };
      quotes.push(quote);
    } else if (a.kind === 'term') {
      // A word inside a quote is the speaker's, not the outlet's.
      const inQuote = quotes.find((q) => q.start <= a.start && a.end <= q.end);
      const term: Term = {
        ...span,
        entry: 'lesson',
        category: 'label',
        why: a.why.trim() || 'Flagged by the trainer.',
        alternative: null,
        voice: inQuote ? 'quoted' : 'outlet',
        quoteId: inQuote?.id ?? null,
        speaker: inQuote?.speaker?.name ?? null,
      };
      terms.push(term);
    } else {
      const note: Sourcing = {
        ...span,
        kind: 'vague-source',
        why: a.why.trim() || 'Flagged by the trainer.',
      };
      sourcing.push(note);
    }
    ids.push(`${a.kind}:${id}`);
  }
  const byStart = <T extends { start: number }>(list: T[]): T[] =>
    list.sort((x, y) => x.start - y.start);
  return {
    key: {
      quotes: byStart(quotes),
      terms: byStart(terms),
      sourcing: byStart(sourcing),
      entities: key.entities,
    },
    ids,
  };
}
