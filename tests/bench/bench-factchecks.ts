/**
 * factchecks.*: a 100,000-record synthetic feed imported through the real manager page in Chromium
 * (time from choosing the file to the result, peak JS heap of the page sampled over CDP), then the
 * index build and the per-article match in Node on the same records.
 */
import type { BrowserContext } from '@playwright/test';
import { existsSync, mkdirSync, openAsBlob, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { analyzeText } from '../../utils/analysis/analyze-text';
import { buildFactCheckIndex } from '../../utils/factchecks/fact-check-index';
import type { FactCheck } from '../../utils/factchecks/fact-check-schema';
import { matchFactChecks } from '../../utils/factchecks/match-fact-checks';
import { readClaimReview } from '../../utils/factchecks/read-claim-review';
import { streamFeedItems } from '../../utils/factchecks/stream-feed-items';
import { BENCH_OUT } from './build-extension';
import { writeFeedFile } from './generate-fact-checks';
import { articleText, generateArticle } from './generate-article';
import { median, round, timeRuns } from './stats';

const RECORDS = 100_000;

/** Imports the feed through library.html; returns the wall time and the page's peak JS heap. */
async function importInManager(context: BrowserContext, extensionId: string, file: string) {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/library.html`);
  await page.getByTestId('fact-check-total').waitFor();
  const cdp = await context.newCDPSession(page);
  let peak = 0;
  let sampling = true;
  const sample = (async () => {
    while (sampling) {
      const usage = (await cdp.send('Runtime.getHeapUsage').catch(() => null)) as {
        usedSize: number;
      } | null;
      if (usage) peak = Math.max(peak, usage.usedSize);
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  const start = performance.now();
  // The page is busy importing right after the change event: Playwright's action must wait too.
  await page.getByTestId('fact-check-file').setInputFiles(file, { timeout: 300_000 });
  // When reading and checking ends and saving (one IndexedDB transaction) begins.
  const saving = page
    .getByText('Saving…')
    .waitFor({ timeout: 300_000 })
    .then(() => performance.now() - start)
    .catch(() => null);
  await page
    .locator('[data-testid="fact-check-result"], [data-testid="fact-check-error"]')
    .waitFor({ timeout: 300_000 });
  const ms = performance.now() - start;
  sampling = false;
  await sample;
  const result = await page
    .locator('[data-testid="fact-check-result"], [data-testid="fact-check-error"]')
    .textContent();
  await page.close();
  if (!result?.startsWith('Imported')) throw new Error(`import failed: ${result}`);
  return { ms, readMs: await saving, peakHeapMb: peak / 1048576, result };
}

async function readRecords(file: string): Promise<FactCheck[]> {
  const records: FactCheck[] = [];
  await streamFeedItems((await openAsBlob(file)).stream(), (item) => {
    const read = readClaimReview(item);
    if (read.ok) records.push(read.record);
  });
  return records;
}

/** An article whose quotes are claims of the feed itself: every quote finds candidates. */
function claimsArticle(records: FactCheck[], quotes: number): string {
  return records
    .filter((r) => r.claimant)
    .slice(0, quotes)
    .map((r, i) => `${r.claimant} said on day ${i + 1}: “${r.claimReviewed.replace(/\.$/, '')}.”`)
    .join('\n\n');
}

export async function benchFactChecks(context: BrowserContext, extensionId: string, runs: number) {
  const dir = path.dirname(BENCH_OUT);
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `factchecks-${RECORDS}.json`);
  if (!existsSync(file)) await writeFeedFile(file, RECORDS);
  const imported = await importInManager(context, extensionId, file);

  const records = await readRecords(file);
  const indexTimes: number[] = [];
  let index = buildFactCheckIndex(records);
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    index = buildFactCheckIndex(records);
    indexTimes.push(performance.now() - start);
  }
  const articles = {
    generated2k: analyzeText(articleText(generateArticle(2_000))),
    feedClaims40: analyzeText(claimsArticle(records, 40)),
  };
  const match = Object.fromEntries(
    Object.entries(articles).map(([name, analysis]) => {
      const times = timeRuns(() => matchFactChecks(index, analysis), Math.max(runs, 15));
      return [
        name,
        {
          quotes: analysis.quotes.length,
          matches: matchFactChecks(index, analysis).length,
          medianMs: round(median(times)),
          minMs: round(Math.min(...times)),
        },
      ];
    }),
  );
  return {
    records: records.length,
    fileMb: round(statSync(file).size / 1048576, 1),
    import100kMs: Math.round(imported.ms),
    importReadMs: imported.readMs === null ? null : Math.round(imported.readMs),
    importPeakHeapMb: round(imported.peakHeapMb, 1),
    importResult: imported.result,
    indexMs: round(median(indexTimes)),
    match100kMs: Math.max(...Object.values(match).map((m) => m.medianMs)),
    match,
    /** The machine is shared: a load far above its core count stretches every figure. */
    loadAverage: loadavg().map((l) => round(l, 1)),
    where:
      'import: Chromium, the real manager page (setInputFiles → result shown), peak JS heap via CDP Runtime.getHeapUsage; index and match: Node',
  };
}
