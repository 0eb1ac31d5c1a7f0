import { useEffect, useMemo, useRef, useState } from 'react';
import type { Analysis } from '@/utils/analysis/analysis-schema';
import { explainFindings } from '@/utils/exercise/explain-findings';
import type { Span } from '@/utils/exercise/overlap';
import { scoreExercise, type ExerciseScore } from '@/utils/exercise/score-exercise';
import { sendToPage } from '@/utils/messaging/transport';
import { onMessage } from '@/utils/messaging/on-message';
import { browser } from 'wxt/browser';
import { exercisePortName } from '@/utils/messaging/exercise-port';
import { ExerciseResults } from './ExerciseResults';
import type { Lesson } from '@/utils/lesson/lesson-schema';
import { ResultExport } from './ResultExport';

interface Props {
  tabId: number;
  analysis: Analysis;
  dismissed: ReadonlySet<string>;
  /** On a lesson page: the round is scored against the lesson's key and can be handed in. */
  lesson?: Lesson | null;
}

type Selection = Span & { text: string };

/**
 * "Spot it yourself": the page hides its highlights, the reader selects what they think is loaded,
 * vague or quoted, then the panel reveals the findings and scores the selections. Nothing is stored
 * or sent anywhere: the round lives in this component's state.
 */
export function Exercise({ tabId, analysis, dismissed, lesson }: Props) {
  const [phase, setPhase] = useState<'idle' | 'running' | 'revealed'>('idle');
  const [selections, setSelections] = useState<Selection[]>([]);
  const [score, setScore] = useState<ExerciseScore | null>(null);
  const findings = useMemo(() => explainFindings(analysis, dismissed), [analysis, dismissed]);
  const running = useRef(false);
  useEffect(() => {
    running.current = phase === 'running';
  }, [phase]);

  useEffect(() => {
    if (phase !== 'running') return;
    // Held open while the round runs: if the panel closes, the background restores the page.
    const port = browser.runtime.connect({ name: exercisePortName(tabId) });
    const controller = new AbortController();
    onMessage((message, sender) => {
      // Only selections made in this panel's tab count.
      if (message.type !== 'passageSelected' || sender.tab?.id !== tabId) return undefined;
      const { start, end, text } = message;
      setSelections((list) =>
        list.some((s) => s.start === start && s.end === end)
          ? list
          : [...list, { start, end, text }],
      );
      return undefined;
    }, controller.signal);
    return () => {
      controller.abort();
      port.disconnect();
    };
  }, [phase, tabId]);

  useEffect(() => {
    if (phase !== 'running') return;
    const spans = selections.map(({ start, end }) => ({ start, end }));
    void sendToPage(tabId, { type: 'showSelections', tabId, spans });
  }, [phase, selections, tabId]);

  // Leaving the tab (or the panel) mid-round must bring the page's highlights back.
  useEffect(
    () => () => {
      if (running.current) void sendToPage(tabId, { type: 'setExerciseMode', tabId, on: false });
    },
    [tabId],
  );

  const start = (): void => {
    setSelections([]);
    setScore(null);
    setPhase('running');
    void sendToPage(tabId, { type: 'setExerciseMode', tabId, on: true });
  };
  const reveal = async (): Promise<void> => {
    setScore(scoreExercise(findings, selections));
    setPhase('revealed');
    await sendToPage(tabId, { type: 'setExerciseMode', tabId, on: false });
    // Keep the reader's marks next to the findings, to compare them on the page.
    const spans = selections.map(({ start, end }) => ({ start, end }));
    await sendToPage(tabId, { type: 'showSelections', tabId, spans });
  };
  const showFinding = (findingId: string): void =>
    void sendToPage(tabId, { type: 'revealFinding', tabId, findingId });

  return (
    <section className="exercise" aria-labelledby="exercise-heading" data-testid="exercise">
      <h2 id="exercise-heading">Spot it yourself</h2>
      {phase === 'idle' && (
        <>
          <p>
            The highlights disappear. Select, in the article, each passage you think is a loaded
            term, vague sourcing or a quote. Then reveal what Sourcelight found. Nothing leaves your
            browser.
          </p>
          <button type="button" className="primary" onClick={start}>
            Start the exercise
          </button>
        </>
      )}
      {phase === 'running' && (
        <>
          <p role="status" data-testid="exercise-count">
            {selections.length === 0
              ? 'Select a passage in the article.'
              : `${selections.length} passage${selections.length === 1 ? '' : 's'} selected.`}
          </p>
          <ol className="exercise__selections" data-testid="exercise-selections">
            {selections.map((s, i) => (
              <li key={`${s.start}-${s.end}`}>
                <span>“{s.text}”</span>
                <button
                  type="button"
                  aria-label={`Remove selection ${i + 1}`}
                  onClick={() => setSelections((list) => list.filter((x) => x !== s))}
                >
                  Remove
                </button>
              </li>
            ))}
          </ol>
          <button type="button" className="primary" onClick={() => void reveal()}>
            Reveal and score
          </button>
        </>
      )}
      {phase === 'revealed' && score && (
        <>
          <ExerciseResults score={score} onShow={showFinding} />
          {lesson && <ResultExport lesson={lesson} selections={selections} score={score} />}
          <button type="button" className="primary" onClick={start}>
            Try again
          </button>
        </>
      )}
    </section>
  );
}
