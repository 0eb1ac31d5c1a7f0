// Runs inside an extension page of Chromium (see library-in-chromium.ts): real IndexedDB.
import './zod-jitless';
import { analyzeText } from '../../utils/analysis/analyze-text';
import { SourcelightDb } from '../../utils/db/sourcelight-db';
import { importPack } from '../../utils/library/import-pack';
import { matchDocuments } from '../../utils/library/match-documents';
import { outletForDomain } from '../../utils/library/outlet-profile';
import { stateMediaIndex } from '../../utils/library/state-media-lookup';
import { articleText, generateArticle } from './generate-article';
import { generatePack } from './generate-pack';
import { median, round } from './stats';

const DOCUMENTS = 10_000;

async function timeOnce(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

/**
 * Imports 10,000 generated documents with the library's own importPack, then times matchDocuments:
 * cold (a new Dexie instance: index loaded from IndexedDB and built) and warm (index cached);
 * then the outlet lookup over every host of the bundled state-media table, alone and with a match.
 */
export async function benchLibrary(runs: number) {
  const dbName = `sourcelight-bench-${Date.now()}`;
  const pack = JSON.stringify(generatePack(DOCUMENTS));
  const setup = new SourcelightDb(dbName);
  const importMs = await timeOnce(async () => {
    const result = await importPack(setup, pack);
    if (!result.ok) throw new Error(`importPack failed: ${result.error}`);
  });
  const documents = await setup.documents.count();
  setup.close();

  const articles = [2_000, 10_000].map((words) => {
    const text = articleText(generateArticle(words));
    return { words, input: { text, analysis: analyzeText(text) } };
  });
  // Hosts of the bundled state-media table (www. and a subdomain), and sites it does not list.
  const tableDb = new SourcelightDb(dbName);
  const outletColdMs = await timeOnce(() => outletForDomain(tableDb, 'www.example.org'));
  const domains = [...stateMediaIndex().keys()];
  const hosts = domains.flatMap((d, i) => [`www.${d}`, `news.${d}`, `site${i}.example.org`]);
  const lookups: number[] = [];
  for (const host of hosts) lookups.push(await timeOnce(() => outletForDomain(tableDb, host)));
  tableDb.close();
  const results = [];
  for (const { words, input } of articles) {
    const cold: number[] = [];
    let matches = 0;
    for (let run = 0; run < Math.min(runs, 3); run++) {
      const db = new SourcelightDb(dbName);
      await db.open();
      cold.push(await timeOnce(async () => (matches = (await matchDocuments(db, input)).length)));
      db.close();
    }
    const db = new SourcelightDb(dbName);
    await matchDocuments(db, input);
    const warm: number[] = [];
    const withOutlet: number[] = [];
    for (let run = 0; run < Math.max(runs, 15); run++) {
      warm.push(await timeOnce(() => matchDocuments(db, input)));
      // As the background does for a page: the matches and the outlet profile together.
      const host = hosts[run % hosts.length]!;
      withOutlet.push(
        await timeOnce(() => Promise.all([matchDocuments(db, input), outletForDomain(db, host)])),
      );
    }
    db.close();
    results.push({
      articleWords: words,
      matches,
      coldMs: round(median(cold)),
      warmMs: round(median(warm)),
      warmTimesMs: warm.map((t) => round(t)),
      withOutletMs: round(median(withOutlet)),
    });
  }
  await new SourcelightDb(dbName).delete();
  const main = results[0]!;
  return {
    match10kMs: main.warmMs,
    match10kColdMs: main.coldMs,
    matchPlusOutletMs: main.withOutletMs,
    outletTableDomains: domains.length,
    outletLookupMs: round(median(lookups)),
    outletLookupMaxMs: round(Math.max(...lookups)),
    outletColdMs: round(outletColdMs),
    documents,
    packBytes: new TextEncoder().encode(pack).length,
    importMs: round(importMs),
    articles: results,
  };
}
