import type { PageReport } from '../messaging/page-report';

/** Independent sources and the outlet profile for an analysed page, from the local library. */
export async function findIndependentSources(
  _report: PageReport,
  _text: string,
): Promise<{ matches: unknown[]; outlet: unknown }> {
  // Wired to the IndexedDB library once it lands (issue 5).
  return { matches: [], outlet: null };
}
