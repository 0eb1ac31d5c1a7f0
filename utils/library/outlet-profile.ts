import { z } from 'zod';
import type { SourcelightDb } from '../db/sourcelight-db';
import type { OutletRow } from '../db/rows';
import { ReferenceSchema, VerificationStatusSchema } from './pack-fields';

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
  status: VerificationStatusSchema,
  references: z.array(ReferenceSchema),
  origin: z.enum(['pack', 'user']),
});
export type OutletProfile = z.infer<typeof OutletProfileSchema>;

/** "edition.cnn.com" → ["edition.cnn.com", "cnn.com"]: the host and each parent with a dot. */
export function candidateDomains(hostname: string): string[] {
  const host = hostname.trim().toLowerCase().replace(/:\d+$/, '').replace(/\.$/, '');
  const labels = host.split('.').filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i + 2 <= labels.length; i += 1) out.push(labels.slice(i).join('.'));
  return out;
}

/** The outlet profile for a page's host name, most specific domain first, the user's own first. */
export async function outletForDomain(
  db: SourcelightDb,
  hostname: string,
): Promise<OutletProfile | null> {
  const candidates = candidateDomains(hostname);
  if (candidates.length === 0) return null;
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
  if (!best) return null;
  const { row, domain } = best;
  return OutletProfileSchema.parse({ ...row, matchedDomain: domain });
}
