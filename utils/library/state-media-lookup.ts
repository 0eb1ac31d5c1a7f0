import table from '../../assets/outlets/state-media.json';
import { candidateDomains } from './host-name';
import type { StateMediaOutlet, StateMediaTable } from './state-media-table';
import { describeTypology, parseTypology, TYPOLOGY } from './state-media-typology';

/** Who to credit wherever a row of the bundled table is shown (the MIT licence asks for it). */
export const STATE_MEDIA_CREDIT: string = (table as StateMediaTable).credit;

let byDomain: Map<string, StateMediaOutlet> | null = null;

/** The bundled table by domain, built on first use (about a thousand rows). */
export function stateMediaIndex(): Map<string, StateMediaOutlet> {
  byDomain ??= new Map((table as StateMediaTable).outlets.map((o) => [o.domain, o]));
  return byDomain;
}

/** The dataset's row for a page's host name, most specific domain first (arabic.rt.com before rt.com). */
export function stateMediaForHost(
  hostname: string,
): { outlet: StateMediaOutlet; matchedDomain: string } | null {
  const index = stateMediaIndex();
  for (const domain of candidateDomains(hostname)) {
    const outlet = index.get(domain);
    if (outlet) return { outlet, matchedDomain: domain };
  }
  return null;
}

/** What the panel says about one asset: its name and its typology in plain words. */
export interface TypologyLine {
  asset: string;
  code: string;
  description: string;
  /** True only for SC, CaPu and CaPr: the state controls what it publishes. */
  editorialControl: boolean;
}

/** The assets of a row as plain-word typology lines, one per distinct typology. */
export function typologyLines(outlet: StateMediaOutlet): TypologyLine[] {
  const lines: TypologyLine[] = [];
  for (const asset of outlet.assets) {
    const same = lines.find((l) => l.code === asset.typology);
    if (same) {
      same.asset += `, ${asset.name}`;
      continue;
    }
    const { code, uncertain } = parseTypology(asset.typology);
    lines.push({
      asset: asset.name,
      code: asset.typology,
      description: describeTypology(code, uncertain),
      editorialControl: code ? TYPOLOGY[code].editorialControl : false,
    });
  }
  return lines;
}
