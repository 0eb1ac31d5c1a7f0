import { z } from 'zod';

export const RESULT_FORMAT = 'sourcelight-result';
export const RESULT_VERSION = 1;

const SelectionSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string().max(20_000),
});

/** A student's `*.sourcelight-result.json`: one exercise round on one lesson. */
export const ResultSchema = z.object({
  format: z.literal(RESULT_FORMAT),
  version: z.literal(RESULT_VERSION),
  lessonId: z.string().min(1).max(100),
  /** The lesson's content hash: results of another lesson, or another version of it, are refused. */
  lessonHash: z.string().regex(/^[0-9a-f]{64}$/),
  lessonTitle: z.string().max(1000),
  /** The name the student typed: there are no accounts. */
  student: z.string().trim().min(1).max(100),
  finishedAt: z.string().max(40),
  selections: z.array(SelectionSchema).max(1000),
  /** Finding ids of the key the student found, and those they missed. */
  found: z.array(z.string().max(200)).max(10_000),
  missed: z.array(z.string().max(200)).max(10_000),
  /** Selections that matched nothing in the key. */
  extra: z.array(SelectionSchema).max(1000),
  score: z.object({
    found: z.number().int().nonnegative(),
    total: z.number().int().nonnegative(),
    percent: z.number().min(0).max(100),
  }),
});
export type StudentResult = z.infer<typeof ResultSchema>;
