import { describe, expect, it } from 'vitest';
import { diversify } from '../../../utils/library/diversify';

describe('diversify', () => {
  it('lets two items of one publisher through, then discounts the rest', () => {
    const items = [
      { id: 'a1', p: 'A', score: 10 },
      { id: 'a2', p: 'A', score: 9 },
      { id: 'a3', p: 'A', score: 8 },
      { id: 'b1', p: 'B', score: 6 },
      { id: 'c1', p: 'C', score: 3 },
    ];
    const picked = diversify(items, 4, (i) => i.p);
    expect(picked.map((i) => i.id)).toEqual(['a1', 'a2', 'b1', 'a3']);
    expect(picked.map((i) => i.score)).toEqual([10, 9, 6, 8 * 0.6]);
  });

  it('returns fewer items when there are fewer', () => {
    expect(diversify([{ score: 1 }], 10, () => 'x')).toHaveLength(1);
  });
});
