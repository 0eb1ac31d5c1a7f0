import { SourcePackSchema, type SourcePack } from './pack-schema';
import { formatPath } from './format-issue';
import { issueInWords } from './issue-in-words';

/** Larger files are refused before JSON.parse, so junk cannot stall the page. */
export const MAX_PACK_BYTES = 5 * 1024 * 1024;

/** On failure, `error` says it in words; `detail` gives the path in the file ("documents[0].url: …"). */
export type ParsePackResult =
  { ok: true; pack: SourcePack } | { ok: false; error: string; detail?: string };

/** Parses and validates pack file text; the error names the exact path of the first problem. */
export function parsePack(fileText: string): ParsePackResult {
  // UTF-16 length undercounts multi-byte text by at most 3x; check the cheap bound first.
  const size = fileText.length > MAX_PACK_BYTES ? fileText.length : utf8Length(fileText);
  if (size > MAX_PACK_BYTES) {
    return {
      ok: false,
      error: `the file is too large (${megabytes(size)} MB); a pack may be at most ${megabytes(MAX_PACK_BYTES)} MB`,
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(fileText);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, error: `the file is not valid JSON (${detail})` };
  }
  const parsed = SourcePackSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    if (!issue) return { ok: false, error: 'the pack is not valid' };
    const where = formatPath(issue.path);
    return {
      ok: false,
      error: issueInWords(issue.path, issue.message, json),
      detail: where === '' ? issue.message : `${where}: ${issue.message}`,
    };
  }
  return { ok: true, pack: parsed.data };
}

function utf8Length(value: string): number {
  return new TextEncoder().encode(value).length;
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}
