import { checkedByLine } from '@/utils/factchecks/describe-fact-check';
import type { FactCheckMatch } from '@/utils/factchecks/fact-check-schema';
import { SafeLink } from './sources/SafeLink';

/** Under a claim: who checked it, their verdict, the claim as they reviewed it, and the link. */
export function FactCheckNote({ matches }: { matches: readonly FactCheckMatch[] | undefined }) {
  if (!matches?.length) return null;
  return (
    <div className="fact-checks" data-testid="fact-check">
      {matches.map(({ factCheck: fc }) => (
        <p className="fact-check" key={fc.url}>
          <strong className="fact-check__by" data-testid="fact-check-by">
            {checkedByLine(fc)}
          </strong>
          <span className="fact-check__claim meta">Claim reviewed: “{fc.claimReviewed}”</span>
          <SafeLink href={fc.url} className="fact-check__link">
            Read the fact-check
          </SafeLink>
        </p>
      ))}
    </div>
  );
}
