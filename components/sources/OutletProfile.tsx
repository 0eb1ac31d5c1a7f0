import { useId } from 'react';
import type { OutletProfile as Profile } from '../../utils/library/outlet-profile';
import { SafeLink } from './SafeLink';
import { StatusBadge } from './StatusBadge';
import './sources.css';

/** The panel header's note on the site the article is on (nothing when the site is unknown). */
export function OutletProfile({ profile }: { profile: Profile | null }) {
  const headingId = useId();
  if (!profile) return null;
  return (
    <section className="sl-outlet" aria-labelledby={headingId} data-testid="outlet-profile">
      <h2 id={headingId}>
        {profile.name}
        <StatusBadge status={profile.status} />
      </h2>
      {profile.stateAffiliation && (
        <p className="sl-state" data-testid="outlet-state-affiliation">
          {profile.stateAffiliation}
        </p>
      )}
      <p className="sl-meta">
        {profile.matchedDomain}
        {profile.owner && <> · Owner: {profile.owner}</>}
      </p>
      {profile.notes && <p data-testid="outlet-notes">{profile.notes}</p>}
      {profile.references.length > 0 && (
        <ul className="sl-meta">
          {profile.references.map((ref, i) => (
            <li key={i}>
              <SafeLink href={ref.url}>{ref.label}</SafeLink>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
