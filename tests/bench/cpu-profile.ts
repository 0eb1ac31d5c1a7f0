/** The parts of a V8 .cpuprofile (Chrome's Profiler.stop or `node --cpu-prof`) read here. */
export interface CpuProfile {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number };
    children?: number[];
  }[];
  samples: number[];
  timeDeltas: number[];
}

/** The profile's nodes by id, and each node's caller. */
function tree(profile: CpuProfile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  return { byId, parent };
}

/** Where the time went: total ms of samples inside `urlPart` code (with what it called), top self times. */
export function summarizeProfile(profile: CpuProfile, urlPart: string, top = 8) {
  const { byId, parent } = tree(profile);
  const inside = new Map<number, boolean>();
  const isInside = (id: number): boolean => {
    const known = inside.get(id);
    if (known !== undefined) return known;
    const up = parent.get(id);
    const value =
      byId.get(id)!.callFrame.url.includes(urlPart) || (up !== undefined && isInside(up));
    inside.set(id, value);
    return value;
  };
  const self = new Map<string, number>();
  let totalMs = 0;
  profile.samples.forEach((id, i) => {
    if (!isInside(id)) return;
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    const file = url.split('/').pop() ?? '';
    const name = `${functionName || '(anonymous)'} ${file ? `${file}:${lineNumber + 1}` : '(native)'}`;
    self.set(name, (self.get(name) ?? 0) + ms);
    totalMs += ms;
  });
  const hot = [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([fn, ms]) => ({ fn, selfMs: Number(ms.toFixed(2)) }));
  return { totalMs: Number(totalMs.toFixed(2)), hot };
}

/**
 * Time inside `urlPart` code by entry: each sample is counted under the outermost frame of that code
 * on its stack (the listener, callback or module that the task ran), and, apart, the samples in the
 * profile's last `tailMs` (work still running once the page has settled).
 */
export function summarizeByEntry(profile: CpuProfile, urlPart: string, tailMs: number) {
  const { byId, parent } = tree(profile);
  const entryOf = (id: number) => {
    let outer: CpuProfile['nodes'][number] | undefined;
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const node = byId.get(at)!;
      if (node.callFrame.url.includes(urlPart)) outer = node;
    }
    return outer;
  };
  const entries = new Map<string, number>();
  let totalMs = 0;
  let tail = 0;
  // Walked from the last sample back, summing durations: how far each sample is from the end.
  let untilEnd = 0;
  for (let i = profile.samples.length - 1; i >= 0; i--) {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    untilEnd += ms;
    const entry = entryOf(profile.samples[i]!);
    if (!entry) continue;
    const { functionName, url, lineNumber } = entry.callFrame;
    const name = `${functionName || '(top level)'} ${url.split('/').pop()}:${lineNumber + 1}`;
    entries.set(name, (entries.get(name) ?? 0) + ms);
    totalMs += ms;
    if (untilEnd <= tailMs) tail += ms;
  }
  return { totalMs, tailMs: tail, entries };
}
