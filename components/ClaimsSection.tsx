import type { Quote } from '@/utils/analysis/analysis-schema';
import type { DocumentSummary } from '@/utils/library/match-schema';
import { claimParts, claimText, groupClaimsBySpeaker } from '@/utils/panel/group-claims';
import { claimNumbers } from '@/utils/panel/claim-numbers';
import { FindingItem } from './FindingItem';
import { FactCheckNote } from './FactCheckNote';
import type { FactCheckMatch } from '@/utils/factchecks/fact-check-schema';
import type { FindingListProps } from './finding-list-props';

interface Props extends FindingListProps {
  quotes: Quote[];
  /** Independent documents that speak to each quote's own claim, by quote id. */
  sources: ReadonlyMap<string, DocumentSummary[]>;
  /** Imported fact-checks of each quote's claim, by quote id. */
  factChecks?: ReadonlyMap<string, FactCheckMatch[]>;
  /** Claim numbers over the whole article, so a filtered list keeps the same numbers. */
  claimNumbersOf?: ReadonlyMap<string, number>;
}

/** Claims grouped by speaker: who said what, how, and whether the source is named. */
export function ClaimsSection({ quotes, sources, factChecks, claimNumbersOf, ...list }: Props) {
  const groups = groupClaimsBySpeaker(quotes);
  const parts = claimParts(quotes);
  const numbers = claimNumbersOf ?? claimNumbers(quotes);
  const claims = groups.reduce((n, g) => n + g.quotes.length, 0);
  return (
    <section aria-labelledby="claims-heading" data-testid="claims">
      <h2 id="claims-heading">Claims ({claims})</h2>
      {groups.length === 0 && <p className="empty">No quoted or reported claims found.</p>}
      {groups.map((g) => (
        <div className="speaker" key={g.key} data-testid="speaker">
          <h3>
            <span data-testid="speaker-name">{g.name}</span>{' '}
            <span className="badge" data-testid="speaker-badge">
              {g.attribution}
            </span>{' '}
            <span className="count">
              {g.quotes.length} {g.quotes.length === 1 ? 'claim' : 'claims'}
            </span>
          </h3>
          {g.role && (
            <p className="role" data-testid="speaker-role">
              {g.role}
            </p>
          )}
          <ul>
            {g.quotes.map((q) => {
              const id = `quote:${q.id}`;
              return (
                <FindingItem
                  key={id}
                  findingId={id}
                  {...list.itemProps(id)}
                  after={<FactCheckNote matches={factChecks?.get(q.id)} />}
                >
                  <span className="claim-number" data-testid="claim-number">
                    Claim {numbers.get(q.id)}
                  </span>
                  <span className="quote-text">
                    {q.kind === 'direct' ? `“${claimText(q, parts)}”` : claimText(q, parts)}
                  </span>
                  <span className="meta">
                    {q.kind === 'direct' ? 'direct quote' : 'reported speech'}
                    {q.cue && (
                      <>
                        {' · cue '}
                        <em className={q.cue.neutral ? '' : 'loaded-cue'}>{q.cue.text}</em>
                        {!q.cue.neutral && ' (not neutral)'}
                      </>
                    )}
                    {q.speaker &&
                      q.speaker.mention !== q.speaker.name &&
                      ` · as “${q.speaker.mention}”`}
                  </span>
                  {(sources.get(q.id) ?? []).length > 0 && (
                    <span className="meta quote-sources" data-testid="quote-sources">
                      Independent record:{' '}
                      {(sources.get(q.id) ?? []).map((d) => d.symbol ?? d.title).join('; ')}
                    </span>
                  )}
                </FindingItem>
              );
            })}
          </ul>
        </div>
      ))}
    </section>
  );
}
