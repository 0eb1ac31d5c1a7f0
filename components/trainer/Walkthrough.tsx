import { useEffect, useId, useMemo, useState } from 'react';
import type { Analysis } from '@/utils/analysis/analysis-schema';
import { sendToPage } from '@/utils/messaging/transport';
import { stepForKey } from '@/utils/walkthrough/step-key';
import {
  walkthroughSteps,
  type WalkthroughOrder,
  type WalkthroughStep,
} from '@/utils/walkthrough/walkthrough-steps';
import { sentenceAround } from '@/utils/walkthrough/sentence-around';
import { lessonText, type LessonArticle } from '@/utils/lesson/lesson-schema';
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
  /** The article's text, title and outlet, once the page has given them: the sentence of each step. */
  article?: LessonArticle | null;
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
  article,
  presenter,
  onPresenterChange,
}: Props) {
  const headingId = useId();
  const [order, setOrder] = useState<WalkthroughOrder>('claims');
  const steps = useMemo(
    () => walkthroughSteps(analysis, dismissed, order),
    [analysis, dismissed, order],
  );
  const text = useMemo(() => (article ? lessonText(article) : null), [article]);
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
      {article && (
        <p className="walkthrough__source" data-testid="walkthrough-source">
          {[article.title, article.outlet].filter(Boolean).join(' — ')}
        </p>
      )}
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
        {text && step.finding.end <= text.length && (
          <p className="walkthrough__sentence" data-testid="walkthrough-sentence">
            {(({ before, match, after }) => (
              <>
                {before}
                <mark>{match}</mark>
                {after}
              </>
            ))(sentenceAround(text, step.finding.start, step.finding.end))}
          </p>
        )}
        <blockquote className="walkthrough__text">{step.finding.text}</blockquote>
        <StepLines step={step} notes={notes} />
        {step.inside.length > 0 && (
          <div className="walkthrough__inside" data-testid="walkthrough-inside">
            <h3>Inside this claim</h3>
            {step.inside.map((inner) => (
              <div key={inner.finding.id} data-finding-id={inner.finding.id}>
                <h4>{inner.description.heading}</h4>
                <StepLines step={inner} notes={notes} />
              </div>
            ))}
          </div>
        )}
        {step.finding.kind === 'quote' && (
          <FactCheckNote matches={factChecks?.get(step.finding.id.slice('quote:'.length))} />
        )}
      </div>
      <div className="walkthrough__tools">
        <label>
          Steps{' '}
          <select
            value={order}
            onChange={(e) => {
              setOrder(e.target.value as WalkthroughOrder);
              setIndex(0);
            }}
          >
            <option value="claims">One per claim, with the terms inside it</option>
            <option value="detailed">Every finding in reading order</option>
          </select>
        </label>
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

/** A step's labelled lines and the trainer's discussion note, if the lesson has one. */
function StepLines({
  step,
  notes,
}: {
  step: WalkthroughStep;
  notes?: Readonly<Record<string, string>>;
}) {
  const note = notes?.[step.finding.id];
  return (
    <>
      <dl className="walkthrough__lines">
        {step.description.lines.map((line) => (
          <div key={line.label}>
            <dt>{line.label}</dt>
            <dd>{line.value}</dd>
          </div>
        ))}
      </dl>
      {note && (
        <p className="walkthrough__note" data-testid="walkthrough-note">
          Discuss: {note}
        </p>
      )}
    </>
  );
}
