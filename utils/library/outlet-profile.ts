import { z } from 'zod';
import type { SourcelightDb } from '../db/sourcelight-db';
import type { OutletRow } from '../db/rows';
import { candidateDomains } from './host-name';
import { ReferenceSchema, VerificationStatusSchema } from './pack-fields';
import { STATE_MEDIA_CREDIT, stateMediaForHost, typologyLines } from './state-media-lookup';

export { candidateDomains };

/** The State Media Monitor's classification of an outlet, from the bundled dataset. */
export const OutletClassificationSchema = z.object({
  countries: z.array(z.string()),
  owners: z.array(z.string()),
  typologies: z.array(
    z.object({
      asset: z.string(),
      code: z.string(),
      description: z.string(),
      editorialControl: z.boolean(),
    }),
  ),
  /** The domain of the dataset row that matched. */
  domain: z.string(),
  credit: z.string(),
});
export type OutletClassification = z.infer<typeof OutletClassificationSchema>;

/** What the panel header shows about the site an article is on. */
export const OutletProfileSchema = z.object({
  id: z.string(),
  name: z.string(),
  domains: z.array(z.string()),
  /** The domain of the profile that matched the page's host name. */
  matchedDomain: z.string(),
  owner: z.string().nullable(),
  stateAffiliation: z.string().nullable(),
  notes: z.string(),
  /** How the profile's own references were checked (not a judgement of the outlet). */
  status: VerificationStatusSchema,
  references: z.array(ReferenceSchema),
  origin: z.enum(['pack', 'user', 'dataset']),
  /** Absent in profiles made before the table existed (reports, older messages). */
  classification: OutletClassificationSchema.nullish(),
});
export type OutletProfile = z.infer<typeof OutletProfileSchema>;

/**
 * The outlet profile for a page's host name: the user's own, then a pack's hand-written one (both
 * keep their notes), then the bundled state-media table; the table's classification is attached
 * to a hand-written profile too.
 */
export async function outletForDomain(
  db: SourcelightDb,
  hostname: string,
): Promise<OutletProfile | null> {
  const candidates = candidateDomains(hostname);
  if (candidates.length === 0) return null;
  const dataset = stateMediaForHost(hostname);
  const classification = dataset ? classify(dataset.outlet, dataset.matchedDomain) : null;
  const rows = await db.outlets.where('domains').anyOf(candidates).toArray();
  let best: { row: OutletRow; domain: string; rank: number } | null = null;
  for (const row of rows) {
    for (const domain of row.domains) {
      const specificity = candidates.indexOf(domain);
      if (specificity < 0) continue;
      const rank = specificity * 2 + (row.origin === 'user' || row.editedByUser ? 0 : 1);
      if (!best || rank < best.rank) best = { row, domain, rank };
    }
  }
  if (best) {
    const { row, domain } = best;
    return OutletProfileSchema.parse({ ...row, matchedDomain: domain, classification });
  }
  if (!dataset || !classification) return null;
  return datasetProfile(
    dataset.outlet.assets.map((a) => a.name),
    classification,
  );
}

function classify(
  outlet: { countries: string[]; owners: string[]; assets: { name: string; typology: string }[] },
  domain: string,
): OutletClassification {
  return {
    countries: outlet.countries,
    owners: outlet.owners,
    typologies: typologyLines({ domain, ...outlet }),
    domain,
    credit: STATE_MEDIA_CREDIT,
  };
}

function datasetProfile(names: string[], c: OutletClassification): OutletProfile {
  const unique = [...new Set(names)];
  return OutletProfileSchema.parse({
    id: `state-media:${c.domain}`,
    name: unique.slice(0, 3).join(' / ') || c.domain,
    domains: [c.domain],
    matchedDomain: c.domain,
    owner: c.owners.join('; ') || null,
    stateAffiliation: c.typologies.map((t) => t.description.split(':')[0]).join('; '),
    notes: '',
    status: 'secondary',
    references: [
      {
        label: 'State Media Monitor (Media and Journalism Research Center)',
        url: 'https://statemediamonitor.com/',
        status: 'secondary',
      },
      {
        label: 'State Media Profiles dataset (Alliance for Securing Democracy, MIT licence)',
        url: 'https://github.com/ASD-at-GMF/state-media-profiles',
        status: 'secondary',
      },
    ],
    origin: 'dataset',
    classification: c,
  });
}
