import type { checkBudgets } from './budgets';

type Row = (string | number | null)[];

function table(title: string, head: string[], rows: Row[]): string {
  const cells = [head, ...rows.map((r) => r.map((c) => (c === null ? '–' : String(c))))];
  const widths = head.map((_, i) => Math.max(...cells.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  return [
    `\n${title}`,
    line(cells[0]!),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...cells.slice(1).map(line),
  ].join('\n');
}

interface SteadyFigures {
  overheadPct: number;
  taskOverheadPct: number;
  rangesRegistered: number;
  layoutsPerSec: number;
}

interface Sections {
  engine?: { sizes: { words: number; chars: number; medianMs: number; mbPerSec: number }[] };
  model?: {
    sizes: { words: number; engineMs: number; modelMs: number }[];
    modelMsPer1kWords: number;
    modelMsPer1kWordsWarm: number;
    assetGzipBytes: number;
  };
  adversarial?: { inputs: { name: string; medianMs: number }[] };
  page?: {
    pages?: Record<
      string,
      {
        highlightedMs: number | null;
        doneMs: number;
        loadMs: number;
        longestTaskMs: number;
        longestTaskAfterStartMs: number;
        longestTaskWithPageMs: number;
        scriptMs: number;
      }
    >;
    steady?: SteadyFigures;
    steadyAllInView?: SteadyFigures;
    longestTaskMs?: number;
    longestTaskRunsMs?: number[];
  };
  realPages?: {
    addedTaskRatio: number;
    maxAddedMs: number;
    medianAddedMs: number;
    pageCount: number;
    cpu: { ratio: number; max: number; median: number };
  };
  library?: {
    match10kMs: number;
    match10kColdMs: number;
    importMs: number;
    indexedDb: string;
    matchPlusOutletMs: number;
    outletLookupMs: number;
    outletTableDomains: number;
  };
  panel?: { firstRenderMs: number };
  size?: {
    contentScriptBytes: number;
    contentScriptGzipBytes: number;
    loaderBytes: number;
    zipBytes: number;
  };
  factchecks?: {
    records: number;
    import100kMs: number;
    importPeakHeapMb: number;
    indexMs: number;
    match100kMs: number;
  };
  budgets: ReturnType<typeof checkBudgets>;
}

/** The human-readable report `npm run bench` prints. */
export function formatTables(result: Sections): string {
  const out: string[] = [];
  if (result.engine) {
    const rows = result.engine.sizes.map((s) => [s.words, s.chars, s.medianMs, s.mbPerSec]);
    out.push(table('Engine in Node (median)', ['words', 'chars', 'ms', 'MB/s'], rows));
  }
  if (result.model) {
    const m = result.model;
    const rows = m.sizes.map((s) => [s.words, s.engineMs, s.modelMs]);
    out.push(
      table(
        `Engine with the term model (median; model ${m.modelMsPer1kWords} ms per 1,000 words new to it, ${m.modelMsPer1kWordsWarm} ms seen before; weights ${m.assetGzipBytes} B gzipped)`,
        ['words', 'engine + model ms', 'model ms'],
        rows,
      ),
    );
  }
  if (result.adversarial) {
    const rows = result.adversarial.inputs.map((i) => [i.name, i.medianMs]);
    out.push(table('Adversarial 1 MB inputs (median)', ['input', 'ms'], rows));
  }
  if (result.page?.pages) {
    const rows = Object.entries(result.page.pages).map(([name, p]) => [
      name,
      p.loadMs,
      p.highlightedMs,
      p.doneMs,
      p.longestTaskMs,
      p.longestTaskAfterStartMs,
      p.longestTaskWithPageMs,
      p.scriptMs,
    ]);
    out.push(
      table(
        'Page in Chromium (median)',
        [
          'page',
          'loader→start ms',
          'start→highlighted ms',
          'start→done ms',
          'longest block (heartbeat) ms',
          'longest begun after start ms',
          'longest with the page’s ms',
          'CPU ms (profiled)',
        ],
        rows,
      ),
    );
    const { longestTaskMs, longestTaskRunsMs } = result.page;
    if (longestTaskMs !== undefined) {
      out.push(
        `Longest stretch of the extension's own in one task, 50k page (traced): ${longestTaskMs} ms (loads: ${longestTaskRunsMs?.join(', ')})`,
      );
    }
  }
  const steady = (['steady', 'steadyAllInView'] as const).flatMap((k) => {
    const s = result.page?.[k];
    return s ? [[k, s.overheadPct, s.taskOverheadPct, s.rangesRegistered, s.layoutsPerSec]] : [];
  });
  if (steady.length)
    out.push(
      table(
        'Highlights on a page that re-lays out every frame (idle; with − without, % of one core)',
        ['page', 'CPU %', 'TaskDuration %', 'ranges registered', 'layouts/s'],
        steady,
      ),
    );
  if (result.realPages) {
    const r = result.realPages;
    out.push(
      table(
        `Real pages, ${r.pageCount} loaded without and with the extension (load + 3 s)`,
        ['measure', 'added / own %', 'median added ms', 'max added ms'],
        [
          ['TaskDuration', r.addedTaskRatio, r.medianAddedMs, r.maxAddedMs],
          ['main-thread CPU', r.cpu.ratio, r.cpu.median, r.cpu.max],
        ],
      ),
    );
  }
  const other: Row[] = [];
  if (result.library) {
    const { match10kMs, match10kColdMs, importMs, indexedDb } = result.library;
    const { matchPlusOutletMs, outletLookupMs, outletTableDomains } = result.library;
    other.push(['match 2k-word article, 10,000 docs (warm)', `${match10kMs} ms`, indexedDb]);
    other.push(['  same, cold (index loaded from IndexedDB)', `${match10kColdMs} ms`, '']);
    other.push(['  importPack of the 10,000 documents', `${importMs} ms`, '']);
    other.push(['  same match plus the outlet lookup', `${matchPlusOutletMs} ms`, '']);
    other.push([
      `  outlet lookup alone (${outletTableDomains}-domain table)`,
      `${outletLookupMs} ms`,
      '',
    ]);
  }
  if (result.factchecks) {
    const f = result.factchecks;
    other.push([
      `import ${f.records} fact-checks (manager page)`,
      `${f.import100kMs} ms`,
      `peak JS heap ${f.importPeakHeapMb} MB`,
    ]);
    other.push(['  fact-check index build (Node)', `${f.indexMs} ms`, '']);
    other.push(['  fact-check match per article (Node)', `${f.match100kMs} ms`, '']);
  }
  if (result.panel)
    other.push(['panel first render with results', `${result.panel.firstRenderMs} ms`, '']);
  if (result.size) {
    const { contentScriptBytes, contentScriptGzipBytes, loaderBytes, zipBytes } = result.size;
    other.push([
      'content script with its page session, raw / gzip',
      `${contentScriptBytes} / ${contentScriptGzipBytes} B`,
      `the loader alone ${loaderBytes} B`,
    ]);
    other.push(['Chrome zip', `${zipBytes} B`, '']);
  }
  if (other.length)
    out.push(table('Library, panel, size (median)', ['what', 'figure', 'note'], other));
  const rows = result.budgets.map((b) => [
    b.name,
    b.value,
    `${b.op} ${b.limit} ${b.unit}`.trim(),
    b.met === null ? 'not measured' : b.met ? 'met' : 'FAILED',
  ]);
  out.push(table('Budgets', ['budget', 'measured', 'limit', ''], rows));
  return `${out.join('\n')}\n`;
}
