import type { OutletProfile } from './outlet-profile';
import { STATUS_LABELS } from './status-labels';

/** What the panel says about an outlet: what it is, where that comes from, how it was checked. */
export interface OutletWording {
  /** What the outlet is: its typology or state affiliation in plain words. */
  what: string[];
  /** "Owner: … · Country: …" (empty when unknown). */
  facts: string;
  /** Where the profile comes from, with the credit the dataset's licence asks for. */
  source: string;
  /** How the profile's own references were checked: a detail, not a verdict on the outlet. */
  checks: string;
}

/** Words for an outlet profile; the verification status is never part of what the outlet is. */
export function outletWording(profile: OutletProfile): OutletWording {
  const c = profile.classification ?? null;
  const what: string[] = [];
  if (profile.origin !== 'dataset' && profile.stateAffiliation) what.push(profile.stateAffiliation);
  const lines = c?.typologies ?? [];
  for (const line of lines) {
    const prefix = c && (lines.length > 1 || profile.origin !== 'dataset') ? `${line.asset}: ` : '';
    what.push(`${prefix}${line.description}`);
  }
  const owner = profile.owner ?? (c?.owners.join('; ') || null);
  const facts = [
    owner && `Owner: ${owner}`,
    c && c.countries.length > 0 && `Country: ${c.countries.join(', ')}`,
  ]
    .filter(Boolean)
    .join(' · ');
  const origin =
    profile.origin === 'user'
      ? 'Your own profile'
      : profile.origin === 'pack'
        ? 'Profile from a source pack'
        : null;
  const credit = c ? `Classification: ${c.credit}` : null;
  const source = [origin, credit].filter(Boolean).join('. ');
  const { label, explanation } = STATUS_LABELS[profile.status];
  const checks = `References of this profile: ${label.toLowerCase()} (${explanation})`;
  return { what, facts, source, checks };
}
