// zod/mini: the content script validates analyses too, and the full zod would double its size.
import * as z from 'zod/mini';
import { lazySchema } from '../schema/lazy-schema';

/** Half-open span of UTF-16 offsets into the exact text the engine was given. */
const span = () => ({
  start: z.int().check(z.nonnegative()),
  end: z.int().check(z.nonnegative()),
});

/** Who said a quote, resolved across the article. */
export const SpeakerSchema = lazySchema(() =>
  z.object({
    /** Fullest name given anywhere in the article ("General Sergey Rudskoy"), or the group ("officials"). */
    name: z.string(),
    /** Title or affiliation given anywhere in the article ("Russian General Staff spokesman"). */
    role: z.nullable(z.string()),
    /** The words used for the speaker at this quote ("he", "Rudskoy", "a senior official"). */
    mention: z.string(),
    /** A proper name of a person or organisation identifies the speaker ("Rudskoy", "the Pentagon"). */
    named: z.boolean(),
    /** An unnamed source ("a senior official", "officials"); neither named nor anonymous is described ("the doctor"). */
    anonymous: z.boolean(),
    /**
     * How sure the engine is that these are the words of this speaker, 0–1: a name next to its cue is
     * near 1, a pronoun or a description resolved across the article less. Below a fixed bar the
     * engine gives no speaker at all ("speaker unclear").
     */
    confidence: z.number().check(z.gte(0), z.lte(1)),
  }),
);
export type Speaker = z.infer<typeof SpeakerSchema>;

export const CueSchema = lazySchema(() =>
  z.object({
    text: z.string(),
    ...span(),
    /** said/told/according to are neutral; claimed/admitted/insisted/alleged are not. */
    neutral: z.boolean(),
  }),
);
export type Cue = z.infer<typeof CueSchema>;

export const QuoteSchema = lazySchema(() =>
  z.object({
    id: z.string(),
    kind: z.enum(['direct', 'reported']),
    /** The quoted or reported content (for direct quotes, the text inside the marks). */
    text: z.string(),
    ...span(),
    speaker: z.nullable(SpeakerSchema),
    cue: z.nullable(CueSchema),
    /** The id of the quote this one continues: one quotation split by its cue ("A," she said. "B."). */
    continues: z.nullable(z.string()),
  }),
);
export type Quote = z.infer<typeof QuoteSchema>;

export const TermCategorySchema = lazySchema(() =>
  z.enum([
    'label',
    'doubt',
    'conspiracy-framing',
    'emotive',
    'scare-quote',
    /** Flagged by the learned model alone, not by the lexicon: shown more lightly, with a generic why. */
    'possibly-loaded',
  ]),
);
export type TermCategory = z.infer<typeof TermCategorySchema>;

export const TermSchema = lazySchema(() =>
  z.object({
    id: z.string(),
    /** Lexicon entry id (stable across occurrences), or "scare-quote". */
    entry: z.string(),
    category: TermCategorySchema,
    /** The words as they stand in the text. */
    text: z.string(),
    ...span(),
    why: z.string(),
    alternative: z.nullable(z.string()),
    /**
     * outlet: the article's own words; reported: the outlet's wording of someone's claim (reported
     * speech); quoted: inside someone's direct quote.
     */
    voice: z.enum(['outlet', 'reported', 'quoted']),
    quoteId: z.nullable(z.string()),
    speaker: z.nullable(z.string()),
  }),
);
export type Term = z.infer<typeof TermSchema>;

export const SourcingSchema = lazySchema(() =>
  z.object({
    id: z.string(),
    kind: z.enum(['vague-source', 'agentless-passive', 'unattributed-claim']),
    text: z.string(),
    ...span(),
    why: z.string(),
  }),
);
export type Sourcing = z.infer<typeof SourcingSchema>;

export const EntitySchema = lazySchema(() =>
  z.object({
    /** Canonical key: lower-cased fullest name. */
    id: z.string(),
    name: z.string(),
    type: z.enum(['person', 'organisation', 'place', 'other']),
    aliases: z.array(z.string()),
    mentions: z.array(z.object(span())),
  }),
);
export type Entity = z.infer<typeof EntitySchema>;

/** Everything the engine finds in one article. */
export const AnalysisSchema = lazySchema(() =>
  z.object({
    quotes: z.array(QuoteSchema),
    terms: z.array(TermSchema),
    sourcing: z.array(SourcingSchema),
    entities: z.array(EntitySchema),
  }),
);
export type Analysis = z.infer<typeof AnalysisSchema>;
