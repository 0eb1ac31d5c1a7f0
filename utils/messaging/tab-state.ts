import { z } from 'zod';
import { PageReportSchema } from './page-report';

/** What the background keeps per tab (in storage.session, so it outlives the service worker). */
export const TabStateSchema = z.object({
  tabId: z.number().int(),
  report: PageReportSchema,
  /** Independent sources matched to the article (filled by the library). */
  matches: z.array(z.unknown()),
  outlet: z.unknown().nullable(),
  updatedAt: z.number(),
});
export type TabState = z.infer<typeof TabStateSchema>;
