import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { z as full } from 'zod';
import { lazySchema } from '@/utils/schema/lazy-schema';

describe('lazySchema', () => {
  it('builds the schema on first use only, once', () => {
    let built = 0;
    const Point = lazySchema(() => {
      built += 1;
      return z.object({ x: z.number(), y: z.number() });
    });
    expect(built).toBe(0);
    expect(Point.safeParse({ x: 1, y: 2 }).success).toBe(true);
    expect(Point.safeParse({ x: 1 }).success).toBe(false);
    expect(built).toBe(1);
  });

  it('composes like the schema itself: nested, in arrays, nullable and in unions (mini and classic zod)', () => {
    const Cue = lazySchema(() => z.object({ text: z.string() }));
    const Quote = lazySchema(() =>
      z.object({ type: z.literal('quote'), cue: z.nullable(Cue), tags: z.array(z.string()) }),
    );
    const Term = lazySchema(() => z.object({ type: z.literal('term'), text: z.string() }));
    const Finding = lazySchema(() => z.discriminatedUnion('type', [Quote, Term]));
    type Finding = z.infer<typeof Finding>;
    const good: Finding[] = [
      { type: 'quote', cue: { text: 'said' }, tags: [] },
      { type: 'quote', cue: null, tags: ['a'] },
      { type: 'term', text: 'regime' },
    ];
    expect(z.array(Finding).safeParse(good).success).toBe(true);
    expect(Finding.safeParse({ type: 'quote', cue: { text: 3 }, tags: [] }).success).toBe(false);
    expect(Finding.safeParse({ type: 'other' }).success).toBe(false);
    // The message protocol puts the page's (mini) schemas into a classic zod union.
    const Message = full.discriminatedUnion('type', [
      Term,
      full.object({ type: full.literal('ping') }),
    ]);
    expect(Message.safeParse({ type: 'term', text: 'junta' }).success).toBe(true);
    expect(Message.safeParse({ type: 'term' }).success).toBe(false);
  });
});
