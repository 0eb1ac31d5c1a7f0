import { describe, expect, it } from 'vitest';
import { lowerBound } from '@/utils/sorted/lower-bound';

describe('lowerBound', () => {
  const keys = [2, 4, 4, 4, 9];
  const at = (i: number) => keys[i]!;

  it('finds the first key at or after a value, and the end when there is none', () => {
    expect([0, 2, 3, 4, 5, 9, 10].map((v) => lowerBound(keys.length, at, v))).toEqual([
      0, 0, 1, 1, 4, 4, 5,
    ]);
  });

  it('with `after`, finds the first key past the value (so a run of equal keys is passed over)', () => {
    expect([1, 2, 4, 8, 9].map((v) => lowerBound(keys.length, at, v, true))).toEqual([
      0, 1, 4, 4, 5,
    ]);
  });

  it('gives 0 for nothing to search', () => {
    expect(lowerBound(0, at, 3)).toBe(0);
  });
});
