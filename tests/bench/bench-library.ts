// Runs inside an extension page of Chromium (see library-in-chromium.ts): real IndexedDB.
import { analyzeText } from '../../utils/analysis/analyze-text';
import { SourcelightDb } from '../../utils/db/sourcelight-db';
import { importPack } from '../../utils/library/import-pack';
import { matchDocuments } from '../../utils/library/match-documents';
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
 * cold (a new Dexie instance: index loaded from IndexedDB and built) and warm (index cached).
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
    for (let run = 0; run < Math.max(runs, 15); run++) {
      warm.push(await timeOnce(() => matchDocuments(db, input)));
    }
    db.close();
    results.push({
      articleWords: words,
      matches,
      coldMs: round(median(cold)),
      warmMs: round(median(warm)),
      warmTimesMs: warm.map((t) => round(t)),
    });
  }
  await new SourcelightDb(dbName).delete();
  const main = results[0]!;
  return {
    match10kMs: main.warmMs,
    match10kColdMs: main.coldMs,
    documents,
    packBytes: new TextEncoder().encode(pack).length,
    importMs: round(importMs),
    articles: results,
  };
}
