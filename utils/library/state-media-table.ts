import { normalizeHost } from './host-name';
import { parseCsv } from './parse-csv';

/** One web domain of the State Media Profiles dataset, its rows merged. */
export interface StateMediaOutlet {
  domain: string;
  countries: string[];
  /** The media companies (owners) behind the domain's assets. */
  owners: string[];
  /** The dataset's assets on this domain, each with its typology code as written ("ISFM?"). */
  assets: { name: string; typology: string }[];
}

/** What the bundled table holds: the rows and the credit the licence asks for. */
export interface StateMediaTable {
  source: string;
  credit: string;
  licence: string;
  outlets: StateMediaOutlet[];
}

/** Counts of a conversion, for the build script to report. */
export interface StateMediaStats {
  rows: number;
  withUrl: number;
  domains: number;
  unreadable: string[];
}

const NEEDED = ['Country', 'Media company', 'Main assets', 'URL', 'Typology'] as const;

/** Turns State_Media_Matrix.csv into outlets by domain (deterministic: sorted, first-seen order). */
export function buildStateMediaTable(csv: string): {
  outlets: StateMediaOutlet[];
  stats: StateMediaStats;
} {
  const [header, ...rows] = parseCsv(csv).filter((r) => r.some((c) => c.trim() !== ''));
  if (!header) throw new Error('the CSV file is empty');
  const col = Object.fromEntries(NEEDED.map((name) => [name, header.indexOf(name)]));
  const missing = NEEDED.filter((name) => col[name]! < 0);
  if (missing.length > 0) throw new Error(`the CSV has no column ${missing.join(', ')}`);
  const cell = (row: string[], name: (typeof NEEDED)[number]) => (row[col[name]!] ?? '').trim();
  const byDomain = new Map<string, StateMediaOutlet>();
  const stats: StateMediaStats = { rows: rows.length, withUrl: 0, domains: 0, unreadable: [] };
  for (const row of rows) {
    const url = cell(row, 'URL');
    if (url === '') continue;
    stats.withUrl += 1;
    const domain = normalizeHost(url);
    if (!domain) {
      stats.unreadable.push(url);
      continue;
    }
    const outlet = byDomain.get(domain) ?? { domain, countries: [], owners: [], assets: [] };
    byDomain.set(domain, outlet);
    addOnce(outlet.countries, cell(row, 'Country'));
    addOnce(outlet.owners, cell(row, 'Media company'));
    const asset = { name: cell(row, 'Main assets'), typology: cell(row, 'Typology') };
    if (!outlet.assets.some((a) => a.name === asset.name && a.typology === asset.typology)) {
      outlet.assets.push(asset);
    }
  }
  const outlets = [...byDomain.values()].sort((a, b) => (a.domain < b.domain ? -1 : 1));
  stats.domains = outlets.length;
  return { outlets, stats };
}

function addOnce(list: string[], value: string): void {
  if (value !== '' && !list.includes(value)) list.push(value);
}

/** One outlet per line, so a new dataset version gives a readable diff. */
export function serializeStateMediaTable(table: StateMediaTable): string {
  const { outlets, ...meta } = table;
  const head = JSON.stringify(meta, null, 2).slice(0, -2);
  const lines = outlets.map((o) => `    ${JSON.stringify(o)}`).join(',\n');
  return `${head},\n  "outlets": [\n${lines}\n  ]\n}\n`;
}
