import { z } from 'zod';
import { HttpUrlSchema, UrlStatusSchema, VerificationStatusSchema } from './pack-fields';
import { DocumentKindSchema } from './pack-items';

/** The document fields the panel shows for a match. */
export const DocumentSummarySchema = z.object({
  id: z.string(),
  kind: DocumentKindSchema,
  title: z.string(),
  publisher: z.string(),
  date: z.string().nullable(),
  symbol: z.string().nullable(),
  url: HttpUrlSchema.nullable(),
  urlStatus: UrlStatusSchema,
  finding: z.string(),
  status: VerificationStatusSchema,
});
export type DocumentSummary = z.infer<typeof DocumentSummarySchema>;

/** One ranked document for an article: plain JSON, safe to send in a message. */
export const DocumentMatchSchema = z.object({
  document: DocumentSummarySchema,
  score: z.number().nonnegative(),
  /** Human reasons, e.g. ["mentions White Helmets", "claims a false-flag chemical attack"]. */
  reasons: z.array(z.string()),
  matched: z.object({
    entities: z.array(z.string()),
    topics: z.array(z.string()),
    claims: z.array(z.string()),
    symbols: z.array(z.string()),
  }),
  /** Ids of the article's quotes whose own claim this document speaks to. */
  quoteIds: z.array(z.string()),
});
export type DocumentMatch = z.infer<typeof DocumentMatchSchema>;
