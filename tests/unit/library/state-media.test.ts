import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { normalizeHost } from '../../../utils/library/host-name';
import { outletForDomain } from '../../../utils/library/outlet-profile';
import { parseCsv } from '../../../utils/library/parse-csv';
import { seedBundledPacks } from '../../../utils/library/seed-bundled-packs';
import {
  buildStateMediaTable,
  serializeStateMediaTable,
  type StateMediaTable,
} from '../../../utils/library/state-media-table';
import { stateMediaForHost, typologyLines } from '../../../utils/library/state-media-lookup';
import { freshDb } from '../db/db-helpers';

const dataDir = resolve(__dirname, '../../../../shared/data/state-media');
const csv = readFileSync(join(dataDir, 'State_Media_Matrix.csv'), 'utf8');
const committed = readFileSync(
  resolve(__dirname, '../../../assets/outlets/state-media.json'),
  'utf8',
);
const [header, ...rows] = parseCsv(csv);
const at = (name: string) => header!.indexOf(name);
const withUrl = rows.filter((r) => (r[at('URL')] ?? '').trim() !== '');
const INDEPENDENT = /^(IP|ISF|ISM|ISFM)\??$/;

const db = freshDb();
beforeAll(() => seedBundledPacks(db));

describe('the bundled state-media outlet table', () => {
  it('is what build:outlets makes from the dataset (deterministic and up to date)', () => {
    const table = JSON.parse(committed) as StateMediaTable;
    const rebuilt = serializeStateMediaTable({
      ...table,
      outlets: buildStateMediaTable(csv).outlets,
    });
    expect(rebuilt).toBe(committed);
    expect(table.licence).toContain('Copyright (c) 2023 ASD-at-GMF');
    expect(table.credit).toMatch(/State Media Monitor/);
  });

  it('normalises scheme, www., paths and ports, and keeps subdomains apart', () => {
    expect(normalizeHost('http://www.bbs.bt/news/')).toBe('bbs.bt');
    expect(normalizeHost('www.SouthSudanTV.net')).toBe('southsudantv.net');
    expect(normalizeHost('https://www3.nhk.or.jp/nhkworld/')).toBe('nhk.or.jp');
    expect(normalizeHost('http://127.0.0.1:4112/x')).toBe('127.0.0.1');
    expect(stateMediaForHost('rtd.rt.com')?.matchedDomain).toBe('rtd.rt.com');
    expect(stateMediaForHost('www.rt.com')?.matchedDomain).toBe('rt.com');
    expect(stateMediaForHost('news.rt.com')?.matchedDomain).toBe('rt.com');
    expect(stateMediaForHost('notrt.com')).toBeNull();
  });

  it(`gives every one of the dataset's ${withUrl.length} web addresses its profile`, async () => {
    expect(withUrl.length).toBe(1074);
    for (const row of withUrl) {
      const url = row[at('URL')]!;
      const host = new URL(/^https?:\/\//i.test(url) ? url : `http://${url}`).hostname;
      const profile = await outletForDomain(db, host);
      const c = profile?.classification;
      expect(c, url).toBeTruthy();
      expect(c!.domain).toBe(normalizeHost(url));
      expect(c!.owners).toContain(row[at('Media company')]!.trim());
      expect(c!.countries).toContain(row[at('Country')]!.trim());
      expect(c!.typologies.map((t) => t.code)).toContain(row[at('Typology')]!.trim());
      expect(c!.credit).toMatch(/State Media Monitor/);
    }
    // A thousand IndexedDB lookups: slow on a loaded machine, so more than the default 5 s.
  }, 60_000);

  it('never describes independent public media as state-controlled', () => {
    let checked = 0;
    for (const row of withUrl.filter((r) => INDEPENDENT.test(r[at('Typology')]!.trim()))) {
      const found = stateMediaForHost(normalizeHost(row[at('URL')]!)!);
      const line = typologyLines(found!.outlet).find((l) => l.code === row[at('Typology')]!.trim());
      expect(line?.editorialControl).toBe(false);
      expect(line?.description).toMatch(/^Independent/);
      expect(line?.description).not.toMatch(/state-controlled|captured/i);
      checked += 1;
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('keeps the hand-written profiles and their notes, with the classification beside them', async () => {
    const presstv = await outletForDomain(db, 'www.presstv.ir');
    expect(presstv).toMatchObject({ name: 'Press TV', origin: 'pack' });
    expect(presstv!.notes).not.toBe('');
    expect(presstv!.classification?.typologies[0]).toMatchObject({
      code: 'SC',
      editorialControl: true,
    });
    const rtve = await outletForDomain(db, 'www.rtp.pt');
    expect(rtve).toMatchObject({ origin: 'dataset', stateAffiliation: 'Independent public media' });
    expect(rtve!.classification!.typologies[0]!.editorialControl).toBe(false);
  });
});
