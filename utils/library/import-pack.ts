import type { SourcelightDb } from '../db/sourcelight-db';
import { applyPack, PackConflictError, type PackCounts } from './apply-pack';
import { issueInWords, parsePath } from './issue-in-words';
import { parsePack } from './parse-pack';

/** On failure, `error` says what is wrong in words and `detail` where it is in the file. */
export type ImportResult =
  { ok: true; counts: PackCounts } | { ok: false; error: string; detail?: string };

/** Imports a pack file all or nothing; on failure nothing changed and the error says why in words, with the path as a detail. */
export async function importPack(db: SourcelightDb, fileText: string): Promise<ImportResult> {
  const parsed = parsePack(fileText);
  if (!parsed.ok) return parsed;
  try {
    return { ok: true, counts: await applyPack(db, parsed.pack, 'file') };
  } catch (error) {
    if (error instanceof PackConflictError) {
      const [path, ...rest] = error.message.split(': ');
      return {
        ok: false,
        error: issueInWords(parsePath(path!), rest.join(': '), JSON.parse(fileText)),
        detail: error.message,
      };
    }
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      error: `the library could not be updated (${detail}); nothing was changed`,
    };
  }
}
