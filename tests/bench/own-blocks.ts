import { TOP_LEVEL_TASK, type TraceEvent } from './traced-load';

/** The name Chromium gives the content scripts' isolated world in traces (the extension's name). */
export const WORLD_NAME = 'Sourcelight';

/** The trace categories `ownBlocks` reads: top-level tasks, script calls with their world, messages. */
export const OWN_BLOCK_CATEGORIES = ['toplevel', 'v8', 'devtools.timeline', 'mojom', 'ipc'];

type Args = {
  worldName?: string;
  data?: { url?: string };
  chrome_mojo_event_info?: { mojo_interface_tag?: string };
};

/**
 * Whether a trace event is the extension's own work on the page's main thread: script run in its
 * isolated world (a listener, a frame callback, its modules, with any layout they force), the
 * evaluation of its files, or the arrival of an extension message (unpacking the answer and the
 * promise continuations it resolves, which carry no world of their own in the trace).
 */
export function isOwnEvent(e: TraceEvent): boolean {
  const args = (e.args ?? {}) as Args;
  if (args.worldName === WORLD_NAME) return true;
  if (args.data?.url?.startsWith('chrome-extension://')) return true;
  return (
    e.name === 'Receive mojo message' &&
    args.chrome_mojo_event_info?.mojo_interface_tag === 'extensions.mojom.MessagePort'
  );
}

/**
 * How long the extension held the page's main thread within each task of `thread` (pid, tid) that
 * it ran in, in ms: the sum of its outermost own events in the task. A task is an outermost
 * `RunTask`. The page's own work in the same task (its first layout of a long page, its parse) is
 * not counted: that is what the heartbeat (`page-timing.ts`) cannot tell apart.
 */
export function ownBlocks(
  events: readonly TraceEvent[],
  thread: { pid: number; tid: number },
): number[] {
  const on = events
    .filter(
      (e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X' && e.dur !== undefined,
    )
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const blocks: number[] = [];
  let taskEnd = -Infinity;
  let ownEnd = -Infinity;
  let sum = 0;
  for (const e of on) {
    const end = e.ts + e.dur!;
    if (e.ts >= taskEnd && TOP_LEVEL_TASK.test(e.name)) {
      if (sum > 0) blocks.push(sum / 1000);
      sum = 0;
      taskEnd = end;
      continue;
    }
    if (e.ts < taskEnd && e.ts >= ownEnd && isOwnEvent(e)) {
      sum += e.dur!;
      ownEnd = end;
    }
  }
  if (sum > 0) blocks.push(sum / 1000);
  return blocks;
}
