import { z } from 'zod';
import type { Table } from 'dexie';
import type { SourcelightDb } from '../db/sourcelight-db';
import type { Provenance } from '../db/rows';
import { PackDocumentSchema, PackOutletSchema } from './pack-items';
import { formatFirstIssue } from './format-issue';

export type SaveResult = { ok: true; id: string } | { ok: false; error: string };

/** Creates the user's own document, or saves their edit of an existing one (marked as edited). */
export function saveUserDocument(db: SourcelightDb, input: unknown): Promise<SaveResult> {
  return saveUserItem(db, db.documents, PackDocumentSchema, input);
}

/** Creates the user's own outlet profile, or saves their edit of an existing one. */
export function saveUserOutlet(db: SourcelightDb, input: unknown): Promise<SaveResult> {
  return saveUserItem(db, db.outlets, PackOutletSchema, input);
}

/** Deletes one of the user's own rows; pack rows stay (an upgrade would only bring them back). */
export async function deleteUserItem(
  db: SourcelightDb,
  table: 'documents' | 'outlets',
  id: string,
): Promise<boolean> {
  return db.transaction('rw', db[table], async () => {
    const row = await db[table].get(id);
    if (row?.origin !== 'user') return false;
    await db[table].delete(id);
    return true;
  });
}

/** A fresh id for a user row, in the user's own namespace. */
export function newUserId(): string {
  return `user.${crypto.randomUUID()}`;
}

const WithOptionalId = z.object({ id: z.string().optional() }).loose();

type LooseRow = { id: string } & Provenance;

async function saveUserItem(
  db: SourcelightDb,
  table: SourcelightDb['documents'] | SourcelightDb['outlets'],
  schema: z.ZodType<{ id: string }>,
  input: unknown,
): Promise<SaveResult> {
  const loose = table as unknown as Table<LooseRow, string, LooseRow>;
  const withId = WithOptionalId.safeParse(input);
  const id = withId.success && withId.data.id ? withId.data.id : newUserId();
  const parsed = schema.safeParse({ ...(withId.success ? withId.data : {}), id });
  if (!parsed.success) return { ok: false, error: formatFirstIssue(parsed.error) };
  return db.transaction('rw', loose, async () => {
    const existing = await loose.get(id);
    const provenance: Provenance = {
      packId: existing?.packId ?? null,
      origin: existing?.origin ?? 'user',
      // Only pack rows need the flag: it tells upgrades to keep the user's version.
      editedByUser: existing?.origin === 'pack',
      updatedAt: Date.now(),
    };
    await loose.put({ ...parsed.data, ...provenance });
    return { ok: true as const, id };
  });
}
