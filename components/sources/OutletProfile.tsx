import { useId } from 'react';
import type { OutletProfile as Profile } from '../../utils/library/outlet-profile';
import { outletWording } from '../../utils/library/outlet-wording';
import { SafeLink } from './SafeLink';
import './sources.css';

/**
 * The panel header's note on the site the article is on (nothing when the site is unknown): what
 * the outlet is and where that comes from. How the profile's references were checked is a detail,
 * never a coloured badge beside the name, which readers took for a verdict on the outlet.
 */
export function OutletProfile({ profile }: { profile: Profile | null }) {
  const headingId = useId();
  if (!profile) return null;
  const words = outletWording(profile);
  const c = profile.classification;
  const controlled = c
    ? c.typologies.some((t) => t.editorialControl)
    : Boolean(profile.stateAffiliation);
  return (
    <section className="sl-outlet" aria-labelledby={headingId} data-testid="outlet-profile">
      <h2 id={headingId}>{profile.name}</h2>
      {words.what.map((line, i) => (
        <p
          key={i}
          className="sl-state"
          data-controlled={controlled ? 'true' : 'false'}
          data-testid="outlet-state-affiliation"
        >
          {line}
        </p>
      ))}
      <p className="sl-meta" data-testid="outlet-facts">
        {[profile.matchedDomain, words.facts].filter(Boolean).join(' · ')}
      </p>
      {words.source && (
        <p className="sl-meta" data-testid="outlet-source">
          {words.source}
        </p>
      )}
      {profile.notes && <p data-testid="outlet-notes">{profile.notes}</p>}
      <details className="sl-meta" data-testid="outlet-checks">
        <summary>About this profile</summary>
        <p>{words.checks}</p>
        {profile.references.length > 0 && (
          <ul>
            {profile.references.map((ref, i) => (
              <li key={i}>
                <SafeLink href={ref.url}>{ref.label}</SafeLink>
              </li>
            ))}
          </ul>
        )}
      </details>
    </section>
  );
}
