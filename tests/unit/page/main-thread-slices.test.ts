import { describe, expect, it, vi } from 'vitest';

const yields = vi.hoisted(() => ({ count: 0 }));
vi.mock('@/utils/page/yield-to-page', () => ({
  yieldToPage: () => {
    yields.count++;
    return Promise.resolve();
  },
}));

const { mainThreadSlices, SLICE_MS } = await import('@/utils/page/main-thread-slices');

describe('mainThreadSlices', () => {
  it('gives the page its thread back only once a slice is spent, then starts a new slice', async () => {
    yields.count = 0;
    let clock = 0;
    const slices = mainThreadSlices(SLICE_MS, () => clock);
    clock = SLICE_MS - 1;
    await slices.maybeYield();
    expect(yields.count).toBe(0);
    clock = SLICE_MS;
    await slices.maybeYield();
    expect(yields.count).toBe(1);
    // The new slice began at the yield.
    clock += SLICE_MS - 1;
    await slices.maybeYield();
    expect(yields.count).toBe(1);
    await slices.yieldNow();
    expect(yields.count).toBe(2);
    clock += SLICE_MS - 1;
    await slices.maybeYield();
    expect(yields.count).toBe(2);
  });
});
