import { openDb } from '../db/open-db';
import { seedBundledPacks } from '../library/seed-bundled-packs';

let ready: Promise<unknown> | null = null;

/**
 * Resolves once the bundled packs are in the library. Seeding is idempotent and cheap when the packs
 * are up to date, so every worker start runs it once: an article reported right after install is
 * matched against a library that is already there.
 */
export function libraryReady(): Promise<unknown> {
  ready ??= seedBundledPacks(openDb()).catch((error: unknown) => {
    ready = null;
    throw error;
  });
  return ready;
}
