import type { z } from 'zod';

/** Files larger than this are refused before parsing: no lesson or result comes near it. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** A file read and checked, or the reason it was refused, in words a reader understands. */
export type FileCheck<T> = { ok: true; value: T } | { ok: false; error: string };

/** Where in the file a zod problem is, and what it is ("article.blocks.3.text: too long"). */
export function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'unknown problem';
  const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  return `${where}${issue.message}`;
}

/**
 * Parses a file's text as JSON and checks that it says it is a `format` file: returns the raw
 * object, or a message naming what the file is instead.
 */
export function readFormat(
  text: string,
  format: string,
  what: string,
): FileCheck<Record<string, unknown>> {
  if (text.length > MAX_FILE_BYTES)
    return { ok: false, error: `This file is too large to be ${what}.` };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, error: `This file is not ${what}: it is not JSON.` };
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    return { ok: false, error: `This file is not ${what}.` };
  }
  const record = raw as Record<string, unknown>;
  if (record.format !== format) {
    const other =
      record.format === 'sourcelight-lesson'
        ? ' It is a lesson file: open it on the lesson page.'
        : record.format === 'sourcelight-result'
          ? ' It is a student’s result file: import it in the class view.'
          : '';
    return { ok: false, error: `This file is not ${what}.${other}` };
  }
  return { ok: true, value: record };
}
