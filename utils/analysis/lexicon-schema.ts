import { z } from 'zod';

/**
 * Phrase patterns are words separated by spaces; "(a|b)" is one word of several, "[a b]" an
 * optional group. Hyphens and spaces are interchangeable ("so-called" matches "so called").
 */
const PatternsSchema = z.array(z.string().min(1)).min(1);

/** A loaded term: what it is, why a reader should notice it, what to say instead, and on what authority. */
export const TermEntrySchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  category: z.enum(['label', 'doubt', 'conspiracy-framing', 'emotive']),
  patterns: PatternsSchema,
  why: z.string().min(10),
  alternative: z.string().nullable(),
  reference: z.string().min(3),
  /** Also match plurals of the last word (default true). */
  inflect: z.boolean().default(true),
  /** Only right after a proper name or adjective ("the Assad regime"), where the word is a label, not "tax regime". */
  afterName: z.boolean().default(false),
});
export type TermEntry = z.infer<typeof TermEntrySchema>;

/** A verb or phrase that introduces speech; neutral ones report, the others colour what was said. */
export const CueEntrySchema = z.object({
  patterns: PatternsSchema,
  neutral: z.boolean(),
});
export type CueEntry = z.infer<typeof CueEntrySchema>;

/** A phrase that points at a source without naming one. */
export const SourcingEntrySchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  kind: z.enum(['vague-source', 'agentless-passive']),
  patterns: PatternsSchema,
  why: z.string().min(10),
});
export type SourcingEntry = z.infer<typeof SourcingEntrySchema>;

/** Words that make up descriptions of speakers ("a senior military official"). */
export const SpeakerWordsSchema = z.object({
  titles: z.array(z.string()),
  roleNouns: z.array(z.string()),
  modifiers: z.array(z.string()),
  anonymousHeads: z.array(z.string()),
  topics: z.array(z.string()),
});

export const LexiconSchema = z.object({
  terms: z.array(TermEntrySchema),
  cues: z.array(CueEntrySchema),
  sourcing: z.array(SourcingEntrySchema),
  /** Participles that make an agentless passive a sourcing problem ("has been documented to"). */
  passiveParticiples: z.array(z.string()),
  passiveWhy: z.string(),
  speakerWords: SpeakerWordsSchema,
});
export type Lexicon = z.infer<typeof LexiconSchema>;
