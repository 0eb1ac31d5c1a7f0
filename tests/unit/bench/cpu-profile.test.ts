import { describe, expect, it } from 'vitest';
import { summarizeByEntry, type CpuProfile } from '../../bench/cpu-profile';

// A made-up profile: the page's own function, and ours called from a listener of ours that calls a
// page-side native (counted under our entry) and then our helper.
const ours = 'chrome-extension://abc/page-session.js';
const profile: CpuProfile = {
  nodes: [
    { id: 1, callFrame: { functionName: '(root)', url: '', lineNumber: 0 }, children: [2, 3] },
    { id: 2, callFrame: { functionName: 'pageWork', url: 'https://site/app.js', lineNumber: 9 } },
    {
      id: 3,
      callFrame: { functionName: 'onMessage', url: ours, lineNumber: 99 },
      children: [4],
    },
    { id: 4, callFrame: { functionName: 'mapPlan', url: ours, lineNumber: 199 }, children: [5] },
    { id: 5, callFrame: { functionName: 'getBoundingClientRect', url: '', lineNumber: -1 } },
  ],
  // One sample a millisecond (the deltas are µs; a sample lasts until the next one, the last none).
  samples: [2, 3, 4, 5, 2, 2, 4],
  timeDeltas: [0, 1000, 1000, 1000, 1000, 1000, 1000],
};

describe('summarizeByEntry', () => {
  it('counts each of our samples under its outermost frame of ours, and the tail apart', () => {
    const { totalMs, tailMs, entries } = summarizeByEntry(profile, 'chrome-extension://abc/', 4);
    expect(totalMs).toBe(3);
    expect([...entries]).toEqual([['onMessage page-session.js:100', 3]]);
    // The last 4 ms: the page's two samples and two of ours (the native one and the helper).
    expect(tailMs).toBe(2);
  });

  it('counts nothing for code that is not ours', () => {
    const { totalMs, entries } = summarizeByEntry(profile, 'chrome-extension://other/', 2);
    expect(totalMs).toBe(0);
    expect(entries.size).toBe(0);
  });
});
