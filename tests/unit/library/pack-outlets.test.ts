import { beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED_PACKS } from '../../../utils/library/bundled-packs';
import { outletForDomain } from '../../../utils/library/outlet-profile';
import { SourcePackSchema } from '../../../utils/library/pack-schema';
import { seedBundledPacks } from '../../../utils/library/seed-bundled-packs';
import { stateMediaForHost } from '../../../utils/library/state-media-lookup';
import { freshDb } from '../db/db-helpers';

const db = freshDb();
beforeAll(() => seedBundledPacks(db));

const outlets = BUNDLED_PACKS.map((raw) => SourcePackSchema.parse(raw)).flatMap((pack) =>
  pack.outlets.flatMap((outlet) =>
    outlet.domains.map((domain) => ({ pack: pack.id, outlet, domain })),
  ),
);

describe('outlet profiles of the bundled packs beside the state-media table', () => {
  it('every domain a pack names resolves to that pack’s hand-written profile', async () => {
    expect(outlets.length).toBeGreaterThan(10);
    for (const { outlet, domain } of outlets) {
      for (const host of [domain, `www.${domain}`]) {
        const profile = await outletForDomain(db, host);
        expect(profile, host).toMatchObject({
          id: outlet.id,
          origin: 'pack',
          matchedDomain: domain,
          notes: outlet.notes,
        });
        // The dataset's classification still shows where the table has a row for the host.
        const row = stateMediaForHost(host);
        expect(profile?.classification?.domain ?? null, host).toBe(row?.matchedDomain ?? null);
      }
    }
  });

  it('a pack profile that the table also lists keeps the table’s typology', async () => {
    const both = outlets.filter(({ domain }) => stateMediaForHost(domain));
    // rg.ru, tvzvezda.ru, politnavigator.net and english.pravda.ru (under pravda.ru) at least.
    expect(both.length).toBeGreaterThanOrEqual(4);
    for (const { outlet, domain } of both) {
      const profile = await outletForDomain(db, domain);
      expect(profile?.name, domain).toBe(outlet.name);
      expect(profile?.classification?.typologies.length, domain).toBeGreaterThan(0);
    }
  });
});
