import { z } from 'zod';
import { PageReportSchema } from './page-report';
import { TabStateSchema } from './tab-state';

/**
 * Every message between the page (content script or demo page), the background and the side panel.
 * Each handler parses with `parseMessage` first and drops what does not parse.
 */
export const MessageSchema = z.discriminatedUnion('type', [
  /** page → background: the analysis of the page (or why there is none). */
  z.object({ type: z.literal('pageReport'), report: PageReportSchema, text: z.string().max(5_000_000) }),
  /** panel → background: the state of a tab; answered with TabState or null. */
  z.object({ type: z.literal('getTabState'), tabId: z.number().int() }),
  /** background → panel: a tab's state changed. */
  z.object({ type: z.literal('tabStateChanged'), tabId: z.number().int() }),
  /** panel → page: scroll to a finding and flash it. */
  z.object({ type: z.literal('revealFinding'), tabId: z.number().int(), findingId: z.string() }),
  /** page → panel: the reader is pointing at a finding on the page. */
  z.object({ type: z.literal('findingSelected'), tabId: z.number().int().nullable(), findingId: z.string() }),
  /** panel or card → page: dismiss a finding the reader judges wrong, or undo that. */
  z.object({
    type: z.literal('setDismissed'),
    tabId: z.number().int().nullable(),
    findingId: z.string(),
    dismissed: z.boolean(),
  }),
  /** panel or shortcut → page: show or hide the highlights. */
  z.object({ type: z.literal('setHighlightsVisible'), tabId: z.number().int(), visible: z.boolean() }),
  /** panel → page: the "spot it yourself" exercise: hide findings, collect the reader's selections. */
  z.object({ type: z.literal('setExerciseMode'), tabId: z.number().int(), on: z.boolean() }),
  /** page → panel: in the exercise, the reader selected a passage (offsets into the article text). */
  z.object({
    type: z.literal('passageSelected'),
    tabId: z.number().int().nullable(),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    text: z.string().max(10_000),
  }),
  /** panel → page: show the reader's exercise selections (and, once revealed, the findings again). */
  z.object({
    type: z.literal('showSelections'),
    tabId: z.number().int(),
    spans: z.array(z.object({ start: z.number().int(), end: z.number().int() })).max(1000),
  }),
  /** panel → page: analyse the page again (after a settings change). */
  z.object({ type: z.literal('reanalyze'), tabId: z.number().int() }),
]);
export type Message = z.infer<typeof MessageSchema>;
export type MessageOf<T extends Message['type']> = Extract<Message, { type: T }>;

export { TabStateSchema };

/** The message, if `raw` is one of ours; null (and so dropped) otherwise. */
export function parseMessage(raw: unknown): Message | null {
  const result = MessageSchema.safeParse(raw);
  return result.success ? result.data : null;
}
