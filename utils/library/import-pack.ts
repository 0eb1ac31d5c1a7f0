import type { SourcelightDb } from '../db/sourcelight-db';
import { applyPack, PackConflictError, type PackCounts } from './apply-pack';
import { parsePack } from './parse-pack';

export type ImportResult = { ok: true; counts: PackCounts } | { ok: false; error: string };

/** Imports a pack file all or nothing; on failure the error names the zod path and nothing changed. */
export async function importPack(db: SourcelightDb, fileText: string): Promise<ImportResult> {
  const parsed = parsePack(fileText);
  if (!parsed.ok) return parsed;
  try {
    return { ok: true, counts: await applyPack(db, parsed.pack, 'file') };
  } catch (error) {
    if (error instanceof PackConflictError) return { ok: false, error: error.message };
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      error: `the library could not be updated (${detail}); nothing was changed`,
    };
  }
}
