import { useEffect, useId, useMemo, useState } from 'react';
import type { Analysis } from '@/utils/analysis/analysis-schema';
import { sendToPage } from '@/utils/messaging/transport';
import { stepForKey } from '@/utils/walkthrough/step-key';
import { walkthroughSteps } from '@/utils/walkthrough/walkthrough-steps';
import type { FactCheckMatch } from '@/utils/factchecks/fact-check-schema';
import { FactCheckNote } from '../FactCheckNote';

interface Props {
  tabId: number;
  analysis: Analysis;
  /** Keys of findings the reader dismissed: the walkthrough skips them. */
  dismissed: ReadonlySet<string>;
  /** Imported fact-checks by quote id: shown on the step of that claim. */
  factChecks?: ReadonlyMap<string, FactCheckMatch[]>;
  /** A lesson's discussion notes, by finding id: shown under their step. */
  notes?: Readonly<Record<string, string>>;
  presenter: boolean;
  onPresenterChange(on: boolean): void;
}

/** Steps through the findings one at a time, showing each on the page, large enough to project. */
export function Walkthrough({
  tabId,
  analysis,
  dismissed,
  factChecks,
  notes,
  presenter,
  onPresenterChange,
}: Props) {
  const headingId = useId();
  const steps = useMemo(() => walkthroughSteps(analysis, dismissed), [analysis, dismissed]);
  const [wanted, setIndex] = useState(0);
  const index = Math.min(wanted, Math.max(0, steps.length - 1));
  const step = steps[index];
  const findingId = step?.finding.id;
  const count = steps.length;

  useEffect(() => {
    if (findingId) void sendToPage(tabId, { type: 'revealFinding', tabId, findingId });
  }, [tabId, findingId]);

  useEffect(() => {
    const controller = new AbortController();
    const onKey = (event: KeyboardEvent): void => {
      if (event.key === 'Escape' && presenter) {
        onPresenterChange(false);
        return;
      }
      const move = stepForKey({
        key: event.key,
        altKey: event.altKey,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        target: event.target instanceof Element ? event.target : null,
      });
      if (move === null || count === 0) return;
      event.preventDefault();
      setIndex((i) => {
        const at = Math.min(i, count - 1);
        if (move === 'first') return 0;
        if (move === 'last') return count - 1;
        return Math.max(0, Math.min(count - 1, at + move));
      });
    };
    document.addEventListener('keydown', onKey, { signal: controller.signal });
    return () => controller.abort();
  }, [count, presenter, onPresenterChange]);

  if (!step) {
    return <p className="empty">Nothing to walk through: no findings in this article.</p>;
  }
  return (
    <section
      className={`walkthrough${presenter ? ' walkthrough--presenter' : ''}`}
      aria-labelledby={headingId}
      data-testid="walkthrough"
    >
      {/* The panel header (and its h1) is hidden in presenter view. */}
      {presenter && <h1 className="visually-hidden">Sourcelight walkthrough</h1>}
      <div className="walkthrough__bar">
        <button type="button" onClick={() => setIndex(index - 1)} disabled={index === 0}>
          ← Previous
        </button>
        <span className="walkthrough__position" data-testid="walkthrough-position">
          {index + 1} / {count}
        </span>
        <button type="button" onClick={() => setIndex(index + 1)} disabled={index === count - 1}>
          Next →
        </button>
      </div>
      <div
        className="walkthrough__step"
        data-testid="walkthrough-step"
        data-finding-id={step.finding.id}
        aria-live="polite"
      >
        <h2 id={headingId}>{step.description.heading}</h2>
        <blockquote className="walkthrough__text">{step.finding.text}</blockquote>
        <dl className="walkthrough__lines">
          {step.description.lines.map((line) => (
            <div key={line.label}>
              <dt>{line.label}</dt>
              <dd>{line.value}</dd>
            </div>
          ))}
        </dl>
        {notes?.[step.finding.id] && (
          <p className="walkthrough__note" data-testid="walkthrough-note">
            Discuss: {notes[step.finding.id]}
          </p>
        )}
        {step.finding.kind === 'quote' && (
          <FactCheckNote matches={factChecks?.get(step.finding.id.slice('quote:'.length))} />
        )}
      </div>
      <div className="walkthrough__tools">
        <button
          type="button"
          aria-pressed={presenter}
          onClick={() => onPresenterChange(!presenter)}
        >
          {presenter ? 'Leave presenter view' : 'Presenter view'}
        </button>
        <button
          type="button"
          onClick={() =>
            void sendToPage(tabId, { type: 'revealFinding', tabId, findingId: step.finding.id })
          }
        >
          Show on page again
        </button>
      </div>
      <p className="hint">
        Keys: → or n next, ← or p previous, Home/End first/last
        {presenter ? ', Esc leaves presenter view' : ''}.
      </p>
    </section>
  );
}
