/** A plain object's shape, for checks written by hand (`z.custom`) where a zod object costs too much. */
export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
