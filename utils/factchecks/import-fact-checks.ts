import type { SourcelightDb } from '../db/sourcelight-db';
import type { FactCheckRow } from '../db/fact-check-row';
import { SKIP_REASONS, type FactCheck, type SkipReason } from './fact-check-schema';
import { readClaimReview } from './read-claim-review';
import { FeedFormatError, streamFeedItems } from './stream-feed-items';

/** Files up to this size are read (the Data Commons feed is a few hundred MB). */
export const MAX_FEED_BYTES = 500 * 1024 * 1024;
const EXAMPLES_PER_REASON = 3;
const WRITE_BATCH = 5000;

/** Records of one reason that were left out, with a few examples a reader can look for. */
export interface SkippedGroup {
  reason: SkipReason;
  label: string;
  count: number;
  /** Where the record was (its position in the file) and its claim or address, if any. */
  examples: string[];
}

export type ImportOutcome =
  | { ok: true; added: number; updated: number; skipped: SkippedGroup[] }
  | { ok: false; error: string; skipped: SkippedGroup[] };

export interface ImportProgress {
  phase: 'reading' | 'saving';
  /** 0–1 of the whole import. */
  fraction: number;
}

export interface ImportOptions {
  signal?: AbortSignal;
  onProgress?(progress: ImportProgress): void;
}

/** A file, or a download's body with its announced size (0 when unknown). */
export type FeedSource = Blob | { stream(): ReadableStream<Uint8Array>; size: number };

/**
 * Imports a ClaimReview file all or nothing: the file is streamed and every record validated first;
 * only if at least one is valid are they written, in one transaction, updating by fact-check URL.
 * A bad file, a file with no valid record or a cancel leaves the library unchanged.
 */
export async function importFactChecks(
  db: SourcelightDb,
  file: FeedSource,
  { signal, onProgress }: ImportOptions = {},
): Promise<ImportOutcome> {
  if (file.size > MAX_FEED_BYTES) {
    const mb = (file.size / 1048576).toFixed(0);
    return { ok: false, error: `the file is too large (${mb} MB; at most 500 MB)`, skipped: [] };
  }
  // Keyed by URL: a feed that lists one fact-check twice keeps the last.
  const records = new Map<string, FactCheck>();
  const skipped = new Map<SkipReason, SkippedGroup>();
  let position = 0;
  let reported = -1;
  try {
    await streamFeedItems(
      file.stream(),
      (item) => {
        position += 1;
        const result = readClaimReview(item);
        if (result.ok) records.set(result.record.url, result.record);
        else noteSkip(skipped, result.reason, position, item);
      },
      {
        signal,
        onProgress: (bytes) => {
          const fraction = file.size ? Math.min(0.8, 0.8 * (bytes / file.size)) : 0;
          // A 500 MB file arrives in thousands of chunks: report each 0.5 % step, not each chunk.
          if (fraction - reported < 0.005) return;
          reported = fraction;
          onProgress?.({ phase: 'reading', fraction });
        },
      },
    );
  } catch (error) {
    if (signal?.aborted) return { ok: false, error: 'the import was cancelled', skipped: [] };
    if (error instanceof FeedFormatError) {
      return { ok: false, error: error.message, skipped: [...skipped.values()] };
    }
    throw error;
  }
  if (records.size === 0) {
    const none =
      position === 0 ? 'it holds no ClaimReview records' : 'none of its records is valid';
    return { ok: false, error: none, skipped: [...skipped.values()] };
  }
  try {
    const { added, updated } = await save(db, [...records.values()], signal, onProgress);
    return { ok: true, added, updated, skipped: [...skipped.values()] };
  } catch (error) {
    if (signal?.aborted) return { ok: false, error: 'the import was cancelled', skipped: [] };
    throw error;
  }
}

async function save(
  db: SourcelightDb,
  records: FactCheck[],
  signal: AbortSignal | undefined,
  onProgress: ImportOptions['onProgress'],
): Promise<{ added: number; updated: number }> {
  const importedAt = Date.now();
  let updated = 0;
  // Keys only (not rows): enough to tell an update from an addition, and cheap for 100,000 rows.
  const existing = new Set(await db.factChecks.toCollection().primaryKeys());
  // Throwing inside the transaction (a cancel) rolls back every batch already written.
  await db.transaction('rw', db.factChecks, async () => {
    for (let i = 0; i < records.length; i += WRITE_BATCH) {
      signal?.throwIfAborted();
      const batch = records.slice(i, i + WRITE_BATCH);
      for (const r of batch) if (existing.has(r.url)) updated += 1;
      const rows: FactCheckRow[] = batch.map((r) => ({ ...r, importedAt }));
      await db.factChecks.bulkPut(rows);
      onProgress?.({
        phase: 'saving',
        fraction: 0.8 + 0.2 * ((i + batch.length) / records.length),
      });
    }
    signal?.throwIfAborted();
  });
  return { added: records.length - updated, updated };
}

function noteSkip(
  groups: Map<SkipReason, SkippedGroup>,
  reason: SkipReason,
  position: number,
  item: unknown,
): void {
  let group = groups.get(reason);
  if (!group) {
    group = { reason, label: SKIP_REASONS[reason], count: 0, examples: [] };
    groups.set(reason, group);
  }
  group.count += 1;
  if (group.examples.length < EXAMPLES_PER_REASON) group.examples.push(describe(position, item));
}

function describe(position: number, item: unknown): string {
  const r = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
  const hint = [r.claimReviewed, r.url, r['@type']].find(
    (v) => typeof v === 'string' && v.trim() !== '',
  ) as string | undefined;
  const short = hint ? `: “${hint.length > 80 ? `${hint.slice(0, 79)}…` : hint}”` : '';
  return `record ${position}${short}`;
}
