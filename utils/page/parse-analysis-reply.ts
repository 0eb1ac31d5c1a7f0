import * as z from 'zod/mini';
import { lazySchema } from '../schema/lazy-schema';
import {
  EntitySchema,
  QuoteSchema,
  SourcingSchema,
  TermSchema,
  type Analysis,
} from '../analysis/analysis-schema';
import type { AnalysisReply } from '../messaging/analysis-reply';
import { SettingsSchema } from '../settings/settings';
import { yieldToPage } from './yield-to-page';

/** The reply with its lists unchecked: they are checked item by item, in batches. */
const EnvelopeSchema = lazySchema(() =>
  z.object({
    settings: SettingsSchema,
    dismissed: z.array(z.string()),
    analysis: z.nullable(
      z.object({
        quotes: z.array(z.unknown()),
        terms: z.array(z.unknown()),
        sourcing: z.array(z.unknown()),
        entities: z.array(z.unknown()),
      }),
    ),
  }),
);

/** Thrown, in words for the panel, when a list in the analysis is not what the engine makes. */
const MALFORMED = 'The analysis from the extension is malformed.';

/** Items validated between yields: a 50,000-word article has thousands of findings. */
const BATCH = 300;

async function parseList<T>(items: unknown[], schema: z.ZodMiniType<T>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < items.length; i++) {
    if (i > 0 && i % BATCH === 0) await yieldToPage();
    const parsed = schema.safeParse(items[i]);
    if (!parsed.success) throw new Error(MALFORMED);
    out.push(parsed.data);
  }
  return out;
}

/**
 * The entities, checked the first time they are read. The page draws and describes findings
 * only; it reads the entities only to send the whole analysis back to a background that lost its
 * copy (`reportPage`). They are most of the reply (on the bench's real pages 695 entities with
 * 1,057 mentions and aliases, against 129 findings), so checking them on every page cost more
 * than all the findings (issue 18).
 */
function checkedOnRead(analysis: Omit<Analysis, 'entities'>, raw: unknown[]): Analysis {
  let entities: Analysis['entities'] | undefined;
  return Object.defineProperty(analysis, 'entities', {
    enumerable: true,
    get: () => {
      if (entities) return entities;
      const parsed = z.array(EntitySchema).safeParse(raw);
      if (!parsed.success) throw new Error(MALFORMED);
      return (entities = parsed.data);
    },
  }) as Analysis;
}

/**
 * Checks an analysis that came from the extension, like every message (zod), in batches so that
 * no task blocks the page long; its entities when first read (`checkedOnRead`). Throws, in words
 * for the panel, when it is not one.
 */
export async function parseAnalysisReply(reply: unknown): Promise<AnalysisReply> {
  const envelope = EnvelopeSchema.safeParse(reply);
  if (!envelope.success) throw new Error('The analysis did not come back from the extension.');
  const { settings, dismissed, analysis: raw } = envelope.data;
  if (!raw) return { settings, dismissed, analysis: null };
  const findings = {
    quotes: await parseList(raw.quotes, QuoteSchema),
    terms: await parseList(raw.terms, TermSchema),
    sourcing: await parseList(raw.sourcing, SourcingSchema),
  };
  return { settings, dismissed, analysis: checkedOnRead(findings, raw.entities) };
}
