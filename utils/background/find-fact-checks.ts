import { openDb } from '../db/open-db';
import type { FactCheckMatch } from '../factchecks/fact-check-schema';
import { loadFactCheckIndex } from '../factchecks/load-fact-check-index';
import { matchFactChecks } from '../factchecks/match-fact-checks';
import type { PageReport } from '../messaging/page-report';

/** Imported fact-checks that check the article's claims (none when nothing was imported). */
export async function findFactChecks(report: PageReport): Promise<FactCheckMatch[]> {
  if (!report.analysis || report.analysis.quotes.length === 0) return [];
  try {
    return matchFactChecks(await loadFactCheckIndex(openDb()), report.analysis);
  } catch (error) {
    // The findings and independent sources still reach the panel without fact-checks.
    console.error('Sourcelight: fact-check matching failed', error);
    return [];
  }
}
