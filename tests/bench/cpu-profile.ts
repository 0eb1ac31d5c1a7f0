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

/** Where the time went: total ms of samples inside `urlPart` code (with what it called), top self times. */
export function summarizeProfile(profile: CpuProfile, urlPart: string, top = 8) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
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
