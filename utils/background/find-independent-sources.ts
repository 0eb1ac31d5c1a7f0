import { openDb } from '../db/open-db';
import { matchDocuments } from '../library/match-documents';
import { outletForDomain, type OutletProfile } from '../library/outlet-profile';
import type { DocumentMatch } from '../library/match-schema';
import type { PageReport } from '../messaging/page-report';
import { libraryReady } from './library-ready';

/** Independent sources and the outlet profile for an analysed page, from the local library. */
export async function findIndependentSources(
  report: PageReport,
  text: string,
): Promise<{ matches: DocumentMatch[]; outlet: OutletProfile | null }> {
  await libraryReady();
  const db = openDb();
  const [matches, outlet] = await Promise.all([
    report.analysis ? matchDocuments(db, { text, analysis: report.analysis }) : Promise.resolve([]),
    report.domain ? outletForDomain(db, report.domain) : Promise.resolve(null),
  ]);
  return { matches, outlet };
}
