import type { ExerciseScore, ExplainedFinding } from '@/utils/exercise/score-exercise';

interface Props {
  score: ExerciseScore;
  /** Scrolls the page to a finding and flashes it. */
  onShow(findingId: string): void;
}

/** The score of a round: what the reader found, missed and flagged beyond the findings, with each why. */
export function ExerciseResults({ score, onShow }: Props) {
  const total = score.found.length + score.missed.length;
  const item = (f: ExplainedFinding, picked?: string) => (
    <li key={f.id} className="exercise__item" data-finding-id={f.id}>
      <button type="button" className="finding__main" onClick={() => onShow(f.id)}>
        <strong>{f.heading}</strong>
        {/* Reported speech is the outlet's wording: quotation marks would make it read as a quote. */}
        <span className={f.quoted ? undefined : 'exercise__passage'}>
          {f.quoted ? `“${f.text}”` : f.text}
        </span>
        {picked !== undefined && picked !== f.text && (
          <span className="meta">You selected: “{picked}”</span>
        )}
        <span className="why">{f.why}</span>
      </button>
    </li>
  );
  return (
    <div className="exercise__results" data-testid="exercise-results">
      <p className="exercise__score" role="status" data-testid="exercise-score">
        Found {score.found.length} of {total} ({score.percent}%) · {score.extra.length} extra
      </p>
      <h3>
        Found <span data-testid="exercise-found">{score.found.length}</span>
      </h3>
      {score.found.length === 0 ? (
        <p className="empty">None this time.</p>
      ) : (
        <ul>{score.found.map((x) => item(x.finding, x.selection.text))}</ul>
      )}
      <h3>
        Missed <span data-testid="exercise-missed">{score.missed.length}</span>
      </h3>
      {score.missed.length === 0 ? (
        <p className="empty">Nothing missed.</p>
      ) : (
        <ul>{score.missed.map((f) => item(f))}</ul>
      )}
      <h3>
        Extra <span data-testid="exercise-extra">{score.extra.length}</span>
      </h3>
      {score.extra.length === 0 ? (
        <p className="empty">Every selection matched a finding.</p>
      ) : (
        <ul>
          {score.extra.map((s) => (
            <li key={`${s.start}-${s.end}`} className="exercise__item">
              <span>“{s.text}”</span>
              <span className="why">
                Sourcelight flagged nothing here. It may still be worth discussing: the engine
                misses things, and not every strong word is loaded.
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
