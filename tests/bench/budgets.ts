/** One budget from issue 6: `key` is a dotted path into the bench result. */
export interface Budget {
  name: string;
  key: string;
  op: '<' | '<=' | '>=';
  limit: number;
  unit: string;
}

export const BUDGETS: Budget[] = [
  {
    name: 'import 100,000 fact-checks (manager page)',
    key: 'factchecks.import100kMs',
    op: '<',
    limit: 60_000,
    unit: 'ms',
  },
  {
    name: 'manager page JS heap during that import',
    key: 'factchecks.importPeakHeapMb',
    op: '<',
    limit: 500,
    unit: 'MB',
  },
  {
    name: 'fact-check index, 100,000',
    key: 'factchecks.indexMs',
    op: '<',
    limit: 3000,
    unit: 'ms',
  },
  {
    name: 'fact-check match per article, 100,000',
    key: 'factchecks.match100kMs',
    op: '<',
    limit: 30,
    unit: 'ms',
  },
  { name: '2,000-word article highlighted', key: 'page.ms2k', op: '<', limit: 25, unit: 'ms' },
  { name: '50,000-word article highlighted', key: 'page.ms50k', op: '<', limit: 250, unit: 'ms' },
  {
    name: 'no task over 50 ms (50k article)',
    key: 'page.longestTaskMs',
    op: '<=',
    limit: 50,
    unit: 'ms',
  },
  {
    name: 'animating page: highlights while idle (% of a core)',
    key: 'page.steadyOverheadPct',
    op: '<=',
    limit: 1,
    unit: '%',
  },
  {
    name: 'real pages: added main-thread time / own',
    key: 'realPages.addedTaskRatio',
    op: '<=',
    limit: 10,
    unit: '%',
  },
  {
    name: 'real pages: most added to one page',
    key: 'realPages.maxAddedMs',
    op: '<=',
    limit: 50,
    unit: 'ms',
  },
  {
    name: 'real pages over +50 ms beyond run-to-run noise',
    key: 'realPages.pagesOver50BeyondNoise',
    op: '<=',
    limit: 0,
    unit: 'pages',
  },
  { name: 'engine throughput in Node', key: 'engine.mbPerSec', op: '>=', limit: 5, unit: 'MB/s' },
  {
    name: 'engine throughput with the term model',
    key: 'model.mbPerSec',
    op: '>=',
    limit: 5,
    unit: 'MB/s',
  },
  {
    name: 'term model weights gzip (about 0.4 MB)',
    key: 'model.assetGzipBytes',
    op: '<=',
    limit: 400_000,
    unit: 'B',
  },
  { name: 'time(100k) / time(10k)', key: 'engine.ratio100kTo10k', op: '<=', limit: 12, unit: '' },
  {
    name: 'every adversarial 1 MB input',
    key: 'adversarial.maxMs',
    op: '<',
    limit: 200,
    unit: 'ms',
  },
  { name: 'non-article page', key: 'page.nonArticleMs', op: '<', limit: 2, unit: 'ms' },
  {
    name: 'match against 10,000 documents',
    key: 'library.match10kMs',
    op: '<',
    limit: 10,
    unit: 'ms',
  },
  {
    name: 'match at 10,000 documents plus the outlet table',
    key: 'library.matchPlusOutletMs',
    op: '<',
    limit: 10,
    unit: 'ms',
  },
  {
    name: 'panel first render with results',
    key: 'panel.firstRenderMs',
    op: '<',
    limit: 150,
    unit: 'ms',
  },
  {
    name: 'content script gzip (50 KB = 50,000 B)',
    key: 'size.contentScriptGzipBytes',
    op: '<=',
    limit: 50_000,
    unit: 'B',
  },
];

/** The value at a dotted `key` of `result`, or null when that section did not run or failed. */
export function valueAt(result: Record<string, unknown>, key: string): number | null {
  let value: unknown = result;
  for (const part of key.split('.')) value = (value as Record<string, unknown> | undefined)?.[part];
  return typeof value === 'number' ? value : null;
}

/** Every budget with its measured value and whether it was met (null when not measured). */
export function checkBudgets(result: Record<string, unknown>) {
  return BUDGETS.map((b) => {
    const value = valueAt(result, b.key);
    const ok = (v: number) =>
      b.op === '<' ? v < b.limit : b.op === '<=' ? v <= b.limit : v >= b.limit;
    return { ...b, value, met: value === null ? null : ok(value) };
  });
}
