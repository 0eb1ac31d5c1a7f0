import { z } from 'zod';
import { PageReportSchema } from './page-report';
import { DocumentMatchSchema } from '../library/match-schema';
import { OutletProfileSchema } from '../library/outlet-profile';
import { FactCheckMatchSchema } from '../factchecks/fact-check-schema';
import { TAB_ARTICLE_MAX_CHARS } from './tab-article';

/** What the background keeps per tab (in storage.session, so it outlives the service worker). */
export const TabStateSchema = z.object({
  tabId: z.number().int(),
  report: PageReportSchema,
  /** Independent sources from the local library, best first. */
  matches: z.array(DocumentMatchSchema),
  /** The profile of the outlet the page is on, if the library has one. */
  outlet: OutletProfileSchema.nullable(),
  /** Imported fact-checks that check one of the article's claims (by quote id), best first. */
  factChecks: z.array(FactCheckMatchSchema).optional(),
  /** The finding the reader last asked to see in the panel (the card's "Show in panel"). */
  selectedFindingId: z.string().nullable().optional(),
  /** The article's text (cut at TAB_ARTICLE_MAX_CHARS), for the manager's "Test an article". */
  articleText: z.string().max(TAB_ARTICLE_MAX_CHARS).optional(),
  updatedAt: z.number(),
});
export type TabState = z.infer<typeof TabStateSchema>;
