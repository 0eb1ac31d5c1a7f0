import { liveQuery } from 'dexie';
import { useEffect, useRef, useState } from 'react';
import type { SourcelightDb } from '../../utils/db/sourcelight-db';
import { describeImport } from '../../utils/factchecks/describe-import';
import {
  importFactChecks,
  type FeedSource,
  type ImportProgress,
} from '../../utils/factchecks/import-fact-checks';

export type ImportReport = ReturnType<typeof describeImport>;

/** Runs one fact-check import at a time, with progress, Cancel and the result in words. */
export function useFactCheckImport(db: SourcelightDb) {
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [count, setCount] = useState<number | null>(null);
  const controller = useRef<AbortController | null>(null);

  useEffect(() => {
    const subscription = liveQuery(() => db.factChecks.count()).subscribe({
      next: setCount,
      error: (error: unknown) => console.error(error),
    });
    return () => {
      subscription.unsubscribe();
      controller.current?.abort();
    };
  }, [db]);

  async function run(name: string, source: () => Promise<FeedSource>): Promise<void> {
    if (controller.current) return;
    const abort = new AbortController();
    controller.current = abort;
    setReport(null);
    setProgress({ phase: 'reading', fraction: 0 });
    try {
      const outcome = await importFactChecks(db, await source(), {
        signal: abort.signal,
        onProgress: setProgress,
      });
      setReport(describeImport(name, outcome));
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      setReport({
        ok: false,
        headline: `${name} was not imported, and your fact-checks are unchanged: ${why}.`,
        skipped: [],
      });
    } finally {
      controller.current = null;
      setProgress(null);
    }
  }

  return { progress, report, count, run, cancel: () => controller.current?.abort() };
}
