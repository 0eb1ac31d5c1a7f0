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
import { isSettings, type Settings } from '../settings/settings';
import { isRecord } from '../schema/is-record';
import type { FindingLists, FindingSpan, TermSpan } from './findings';

/** An analysis reply as the page holds it: its spans checked, its details checked when read. */
export type CheckedReply = AnalysisReply & { spans: FindingLists | null };

type RawLists = Record<(typeof LISTS)[number], unknown[]>;

const LISTS = ['quotes', 'terms', 'sourcing', 'entities'] as const;

/** As the engine's schema has it: a whole number from 0. */
const isOffset = (v: unknown): boolean => Number.isInteger(v) && (v as number) >= 0;
const isSpan = (v: unknown): v is FindingSpan =>
  isRecord(v) &&
  typeof v.id === 'string' &&
  typeof v.text === 'string' &&
  isOffset(v.start) &&
  isOffset(v.end);

const isLists = (v: unknown): v is RawLists =>
  isRecord(v) && LISTS.every((k) => Array.isArray(v[k]));

const hasSpans = (lists: RawLists): boolean =>
  lists.quotes.every(isSpan) &&
  lists.terms.every(
    (t) => isSpan(t) && typeof (t as { category?: unknown }).category === 'string',
  ) &&
  lists.sourcing.every(isSpan);

interface Envelope {
  settings: Settings;
  dismissed: string[];
  analysis: RawLists | null;
}

/**
 * The reply with its lists unchecked: the findings' spans are checked next, each list in one loop,
 * and the rest of each finding when read. Zod objects (one per finding, and the settings') built
 * and first run in cold code cost about 4 ms on every article page (issue 18).
 */
const EnvelopeSchema = lazySchema(() =>
  z.custom<Envelope>(
    (v) =>
      isRecord(v) &&
      isSettings(v.settings) &&
      Array.isArray(v.dismissed) &&
      v.dismissed.every((key) => typeof key === 'string') &&
      (v.analysis === null || isLists(v.analysis)),
  ),
);

/** Thrown, in words for the panel, when a list in the analysis is not what the engine makes. */
const MALFORMED = 'The analysis from the extension is malformed.';

const ITEM_SCHEMAS = {
  quotes: QuoteSchema,
  terms: TermSchema,
  sourcing: SourcingSchema,
  entities: EntitySchema,
} as const;

/**
 * The analysis with each list checked in full the first time it is read. The page draws from the
 * spans; it reads a finding's details when the reader points at it (the card), and the entities
 * only to send the whole analysis back to a background that lost its copy (`reportPage`), so most
 * pages never pay for checking them.
 */
function checkedOnRead(raw: RawLists): Analysis {
  const analysis = {} as Analysis;
  for (const key of LISTS) {
    let checked: unknown[] | undefined;
    Object.defineProperty(analysis, key, {
      enumerable: true,
      get: () => {
        if (checked) return checked;
        const parsed = z.array(ITEM_SCHEMAS[key] as z.ZodMiniType).safeParse(raw[key]);
        if (!parsed.success) throw new Error(MALFORMED);
        return (checked = parsed.data);
      },
    });
  }
  return analysis;
}

function spansOf(raw: RawLists): FindingLists {
  return {
    quotes: raw.quotes as FindingSpan[],
    terms: raw.terms as TermSpan[],
    sourcing: raw.sourcing as FindingSpan[],
  };
}

/**
 * Checks an analysis that came from the extension, like every message (zod): what the page draws
 * with at once, the rest of each list when first read (`checkedOnRead`). Throws, in words for the
 * panel, when it is not one.
 */
export function parseAnalysisReply(reply: unknown): CheckedReply {
  const envelope = EnvelopeSchema.safeParse(reply);
  if (!envelope.success) throw new Error('The analysis did not come back from the extension.');
  const { settings, dismissed, analysis: raw } = envelope.data;
  if (!raw) return { settings, dismissed, analysis: null, spans: null };
  if (!hasSpans(raw)) throw new Error(MALFORMED);
  return { settings, dismissed, analysis: checkedOnRead(raw), spans: spansOf(raw) };
}
