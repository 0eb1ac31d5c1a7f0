import type { SourcelightDb } from '../db/sourcelight-db';
import { applyPack } from './apply-pack';
import { BUNDLED_PACKS } from './bundled-packs';
import { SourcePackSchema } from './pack-schema';

/** What seeding did with one bundled pack. */
export interface SeedOutcome {
  packId: string;
  version: number;
  action: 'installed' | 'upgraded' | 'up-to-date';
  keptUserEdits: number;
}

/** Installs bundled packs, or upgrades them to a newer bundled version keeping the user's edits. Idempotent. */
export async function seedBundledPacks(
  db: SourcelightDb,
  packs: readonly unknown[] = BUNDLED_PACKS,
): Promise<SeedOutcome[]> {
  const outcomes: SeedOutcome[] = [];
  for (const raw of packs) {
    // A bundled pack that fails its schema is a build error: throw rather than ship half of it.
    const pack = SourcePackSchema.parse(raw);
    const installed = await db.packs.get(pack.id);
    if (installed && installed.version >= pack.version) {
      outcomes.push({
        packId: pack.id,
        version: installed.version,
        action: 'up-to-date',
        keptUserEdits: 0,
      });
      continue;
    }
    const counts = await applyPack(db, pack, 'bundled');
    outcomes.push({
      packId: pack.id,
      version: pack.version,
      action: installed ? 'upgraded' : 'installed',
      keptUserEdits: counts.keptUserEdits,
    });
  }
  return outcomes;
}
