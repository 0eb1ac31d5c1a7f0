// zod/mini: these are parsed in the content script, which must stay small (see the bench).
import * as z from 'zod/mini';
import { lazySchema } from '../schema/lazy-schema';

const tabId = z.int();

/** panel → page: scroll to a finding and flash it. */
export const RevealFindingSchema = lazySchema(() =>
  z.object({
    type: z.literal('revealFinding'),
    tabId,
    findingId: z.string(),
  }),
);
/** panel or card → page: dismiss a finding the reader judges wrong, or undo that. */
export const SetDismissedSchema = lazySchema(() =>
  z.object({
    type: z.literal('setDismissed'),
    tabId: z.nullable(tabId),
    findingId: z.string(),
    dismissed: z.boolean(),
  }),
);
/** panel or shortcut → page: show or hide the highlights. */
export const SetHighlightsVisibleSchema = lazySchema(() =>
  z.object({
    type: z.literal('setHighlightsVisible'),
    tabId,
    visible: z.boolean(),
  }),
);
/** panel → page: the "spot it yourself" exercise: hide findings, collect the reader's selections. */
export const SetExerciseModeSchema = lazySchema(() =>
  z.object({
    type: z.literal('setExerciseMode'),
    tabId,
    on: z.boolean(),
  }),
);
/** panel → page: show the reader's exercise selections. */
export const ShowSelectionsSchema = lazySchema(() =>
  z.object({
    type: z.literal('showSelections'),
    tabId,
    spans: z.array(z.object({ start: z.int(), end: z.int() })).check(z.maxLength(1000)),
  }),
);
/** panel → page: analyse the page again. */
export const ReanalyzeSchema = lazySchema(() => z.object({ type: z.literal('reanalyze'), tabId }));

/** panel → page (lesson preparation): send the reader's selections, to add findings to a key. */
export const SetPassagePickingSchema = lazySchema(() =>
  z.object({
    type: z.literal('setPassagePicking'),
    tabId,
    on: z.boolean(),
  }),
);
/** panel → page (Save as lesson): answer with the article's snapshot (title, outlet, blocks). */
export const GetSnapshotSchema = lazySchema(() =>
  z.object({ type: z.literal('getSnapshot'), tabId }),
);

/** The schemas of every message the page side takes (the full protocol includes them too). */
export const PAGE_MESSAGE_SCHEMAS = [
  RevealFindingSchema,
  SetDismissedSchema,
  SetHighlightsVisibleSchema,
  SetExerciseModeSchema,
  ShowSelectionsSchema,
  ReanalyzeSchema,
  SetPassagePickingSchema,
  GetSnapshotSchema,
] as const;

/** Every message the page side takes. */
export const PageMessageSchema = lazySchema(() =>
  z.discriminatedUnion('type', [...PAGE_MESSAGE_SCHEMAS]),
);
export type PageMessage = z.infer<typeof PageMessageSchema>;

/** The message, if it is one for the page; null (and so dropped) otherwise. */
export function parsePageMessage(raw: unknown): PageMessage | null {
  const result = PageMessageSchema.safeParse(raw);
  return result.success ? result.data : null;
}
