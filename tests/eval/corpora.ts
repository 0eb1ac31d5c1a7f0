import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Which part of a corpus to score: the held-out part (reported) or the train part (for tuning). */
export type Split = 'heldout' | 'train';

/** The corpora folder: $SOURCELIGHT_CORPORA, else ../shared/corpora next to the repository. */
export function corporaDir(): string {
  const fromEnv = process.env.SOURCELIGHT_CORPORA;
  if (fromEnv) return resolve(fromEnv);
  const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
  return resolve(repoRoot, '..', 'shared', 'corpora');
}

/** Every fifth item by sorted name is held out; the rest is train. Deterministic, so tuning never sees held-out text. */
export function inSplit<T>(sortedItems: readonly T[], split: Split): T[] {
  return sortedItems.filter((_, i) => (i % 5 === 4) === (split === 'heldout'));
}

/** Sorted file names in a folder (empty when it does not exist). */
export function listFiles(dir: string, suffix: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(suffix))
    .sort();
}

export { join };
