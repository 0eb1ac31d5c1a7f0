import { useId } from 'react';
import type { DocumentMatch } from '../../utils/library/match-schema';
import { URL_NOTES } from '../../utils/library/status-labels';
import { SafeLink } from './SafeLink';
import { StatusBadge } from './StatusBadge';
import './sources.css';

interface Props {
  matches: readonly DocumentMatch[];
  /** Called when the reader asks to see a quote this document speaks to. */
  onQuoteSelect?: (quoteId: string) => void;
  /** How the panel names a claim ("claim 3", as numbered in the claims list). */
  claimLabel?: (quoteId: string) => string;
  /** Shown when nothing in the library matches the article. */
  emptyText?: string;
}

/** The side panel's "Independent sources" section: ranked documents with why they match. */
export function IndependentSources({ matches, onQuoteSelect, claimLabel, emptyText }: Props) {
  const headingId = useId();
  return (
    <section className="sl-sources" aria-labelledby={headingId} data-testid="independent-sources">
      <h2 id={headingId}>Independent sources</h2>
      {matches.length === 0 ? (
        <p className="sl-note" data-testid="independent-sources-empty">
          {emptyText ?? 'Nothing in your library matches this article.'}
        </p>
      ) : (
        <ol>
          {matches.map((match) => (
            <SourceItem
              key={match.document.id}
              match={match}
              onQuoteSelect={onQuoteSelect}
              claimLabel={claimLabel}
            />
          ))}
        </ol>
      )}
    </section>
  );
}

function SourceItem({
  match,
  onQuoteSelect,
  claimLabel,
}: {
  match: DocumentMatch;
  onQuoteSelect?: (id: string) => void;
  claimLabel?: (quoteId: string) => string;
}) {
  const { document: doc, reasons, quoteIds } = match;
  const meta = [doc.publisher, doc.date, doc.symbol].filter(Boolean).join(' · ');
  const urlNote = URL_NOTES[doc.urlStatus];
  return (
    <li className="sl-source" data-testid="source-item" data-document-id={doc.id}>
      <h3>
        <SafeLink href={doc.url}>{doc.title}</SafeLink>
        <StatusBadge status={doc.status} />
      </h3>
      <p className="sl-meta" data-testid="source-meta">
        {meta}
      </p>
      <p className="sl-finding" data-testid="source-finding">
        {doc.finding}
      </p>
      {urlNote && <p className="sl-note">{urlNote}</p>}
      {reasons.length > 0 && (
        <p className="sl-reasons" data-testid="source-reasons">
          Why: {reasons.join('; ')}
        </p>
      )}
      {quoteIds.length > 0 && onQuoteSelect && (
        <p className="sl-reasons">
          Speaks to{' '}
          {quoteIds.map((id, i) => (
            <button
              key={id}
              type="button"
              className="sl-quote-link"
              onClick={() => onQuoteSelect(id)}
            >
              {claimLabel?.(id) ?? `quote ${i + 1}`}
            </button>
          ))}
        </p>
      )}
    </li>
  );
}
