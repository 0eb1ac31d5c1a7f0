import { termCountText } from '@/utils/panel/term-count';
import type { Term } from '@/utils/analysis/analysis-schema';
import { groupTerms } from '@/utils/panel/group-terms';
import { voiceLabel } from '@/utils/analysis/voice-label';
import { wordsAround } from '@/utils/walkthrough/sentence-around';
import { FindingItem } from './FindingItem';
import type { FindingListProps } from './finding-list-props';

const CATEGORY: Record<string, string> = {
  label: 'label',
  doubt: 'doubt marker',
  'conspiracy-framing': 'conspiracy framing',
  emotive: 'emotive',
  'scare-quote': 'scare quotes',
  'possibly-loaded': 'possibly loaded',
};

interface Props extends FindingListProps {
  terms: Term[];
  /** The article's text, once the page has given it: a few words around each occurrence. */
  text?: string | null;
}

/** Loaded terms: why each is loaded, a neutral alternative, and where it occurs (and in whose voice). */
export function TermsSection({ terms, text, ...list }: Props) {
  const groups = groupTerms(terms);
  return (
    <section aria-labelledby="terms-heading" data-testid="terms">
      <h2 id="terms-heading">Loaded terms ({termCountText(terms)})</h2>
      {groups.length === 0 && <p className="empty">No loaded terms found.</p>}
      {groups.map((g) => (
        <div className="term" key={g.entry} data-testid="term">
          <h3>
            <span data-testid="term-text">{g.text}</span>{' '}
            <span className={`badge badge--${g.category}`}>
              {CATEGORY[g.category] ?? g.category}
            </span>
          </h3>
          <p className="why">{g.why}</p>
          {g.alternative && (
            <p className="alternative">
              Neutral: <strong>{g.alternative}</strong>
            </p>
          )}
          <ul>
            {g.occurrences.map((t) => {
              const id = `term:${t.id}`;
              return (
                <FindingItem key={id} findingId={id} {...list.itemProps(id)}>
                  {text && t.end <= text.length ? (
                    <span className="term__context" data-testid="term-context">
                      {(({ before, match, after }) => (
                        <>
                          {before}
                          <mark>{match}</mark>
                          {after}
                        </>
                      ))(wordsAround(text, t.start, t.end))}
                    </span>
                  ) : (
                    <span>{t.text}</span>
                  )}
                  <span className="meta">{voiceLabel(t)}</span>
                </FindingItem>
              );
            })}
          </ul>
        </div>
      ))}
    </section>
  );
}
