import type { z } from 'zod';

/** Writes a zod path the way a reader looks it up in the file: `documents[3].url`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

/** "documents[3].url: only http(s) links are allowed" for the first problem zod found. */
export function formatFirstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'the pack is not valid';
  const where = formatPath(issue.path);
  return where === '' ? issue.message : `${where}: ${issue.message}`;
}
