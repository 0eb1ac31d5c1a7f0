interface Props {
  matches: unknown[];
}

/** Independent sources from the local library that bear on this article. */
export function SourcesSection({ matches }: Props) {
  return (
    <section aria-labelledby="sources-heading" data-testid="sources">
      <h2 id="sources-heading">Independent sources ({matches.length})</h2>
      {matches.length === 0 && (
        <p className="empty">No document in your local library matches this article.</p>
      )}
    </section>
  );
}
