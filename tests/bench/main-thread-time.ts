import type { CDPSession } from '@playwright/test';

/** The renderer main thread's counters so far (call `Performance.enable` on `cdp` first). */
export interface MainThreadTime {
  /** CDP TaskDuration: wall time of every task, in ms. Inflated when other processes compete for the CPU. */
  taskMs: number;
  /** CDP ThreadTime: CPU time of the main thread, in ms. Robust to that competition. */
  cpuMs: number;
  layouts: number;
}

/** Main-thread time so far from CDP `Performance.getMetrics`; take deltas between two calls. */
export async function mainThreadTime(cdp: CDPSession): Promise<MainThreadTime> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const value = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
  return {
    taskMs: value('TaskDuration') * 1000,
    cpuMs: value('ThreadTime') * 1000,
    layouts: value('LayoutCount'),
  };
}
