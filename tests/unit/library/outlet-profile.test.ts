import { beforeAll, describe, expect, it } from 'vitest';
import {
  candidateDomains,
  outletForDomain,
  OutletProfileSchema,
} from '../../../utils/library/outlet-profile';
import { seedBundledPacks } from '../../../utils/library/seed-bundled-packs';
import { saveUserOutlet } from '../../../utils/library/library-edits';
import { freshDb } from '../db/db-helpers';

const db = freshDb();
beforeAll(() => seedBundledPacks(db));

describe('outletForDomain', () => {
  it('lists the host and its parent domains', () => {
    expect(candidateDomains('Edition.CNN.com.')).toEqual(['edition.cnn.com', 'cnn.com']);
    expect(candidateDomains('localhost')).toEqual(['localhost']);
    expect(candidateDomains('127.0.0.1:4112')).toEqual(['127.0.0.1']);
  });

  it('finds an outlet from www., language subdomains and second domains', async () => {
    expect((await outletForDomain(db, 'www.rt.com'))?.name).toBe('RT');
    expect((await outletForDomain(db, 'arabic.rt.com'))?.matchedDomain).toBe('rt.com');
    expect((await outletForDomain(db, 'sputnikglobe.com'))?.name).toBe('Sputnik');
    const presstv = await outletForDomain(db, 'www.presstv.ir');
    expect(OutletProfileSchema.parse(presstv)).toMatchObject({
      stateAffiliation: 'Iranian state-owned',
    });
  });

  it('returns null for unknown sites and does not match on a suffix', async () => {
    expect(await outletForDomain(db, 'example.org')).toBeNull();
    expect(await outletForDomain(db, 'notrt.com')).toBeNull();
    expect(await outletForDomain(db, 'localhost')).toBeNull();
  });

  it("prefers the user's own profile for the same domain", async () => {
    const saved = await saveUserOutlet(db, {
      name: 'RT (my notes)',
      domains: ['rt.com'],
      notes: 'My own notes.',
      status: 'unverified',
    });
    expect(saved.ok).toBe(true);
    expect((await outletForDomain(db, 'www.rt.com'))?.name).toBe('RT (my notes)');
  });
});
