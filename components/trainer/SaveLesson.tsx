import { useEffect, useMemo, useState } from 'react';
import { browser } from 'wxt/browser';
import { explainFindings } from '@/utils/exercise/explain-findings';
import type { AddedFinding } from '@/utils/lesson/added-finding';
import { buildLesson } from '@/utils/lesson/build-lesson';
import { lessonFileName } from '@/utils/lesson/build-result';
import { downloadFile } from '@/utils/lesson/download-file';
import { lessonDrafts } from '@/utils/lesson/lesson-drafts';
import { lessonText, type Lesson } from '@/utils/lesson/lesson-schema';
import { requestSnapshot } from '@/utils/lesson/request-snapshot';
import { onMessage } from '@/utils/messaging/on-message';
import type { TabState } from '@/utils/messaging/tab-state';
import { sendToPage } from '@/utils/messaging/transport';
import { AddFindingForm } from './AddFindingForm';

interface Props {
  tabId: number;
  state: TabState;
  /** The lesson open in this tab, when it is a lesson page: saving again keeps its id and notes. */
  lesson: Lesson | null;
}

type Passage = { start: number; end: number; text: string };

/**
 * "Save as lesson": freezes the article and the findings the trainer kept (dismissed ones are left
 * out), plus passages the trainer adds and a discussion note per step, into a lesson file.
 */
export function SaveLesson({ tabId, state, lesson }: Props) {
  const analysis = state.report.analysis;
  const dismissed = useMemo(() => new Set(state.report.dismissed), [state]);
  const steps = useMemo(
    () => (analysis ? explainFindings(analysis, dismissed) : []),
    [analysis, dismissed],
  );
  const url = state.report.url;
  const draft = lessonDrafts.get(tabId);
  const fresh = draft?.url === url ? draft : null;
  const [notes, setNotes] = useState<Record<string, string>>(
    () => fresh?.notes ?? { ...lesson?.notes },
  );
  const [additions, setAdditions] = useState<AddedFinding[]>(() => fresh?.additions ?? []);
  useEffect(() => {
    lessonDrafts.set(tabId, { url, additions, notes });
  }, [tabId, url, additions, notes]);
  const [picking, setPicking] = useState(false);
  const [picked, setPicked] = useState<Passage | null>(null);
  const [status, setStatus] = useState('');

  useEffect(() => {
    if (!picking) return;
    const controller = new AbortController();
    void sendToPage(tabId, { type: 'setPassagePicking', tabId, on: true });
    onMessage((message, sender) => {
      if (message.type !== 'passageSelected' || sender.tab?.id !== tabId) return undefined;
      setPicked({ start: message.start, end: message.end, text: message.text });
      return undefined;
    }, controller.signal);
    return () => {
      controller.abort();
      void sendToPage(tabId, { type: 'setPassagePicking', tabId, on: false });
    };
  }, [picking, tabId]);

  if (!analysis) return null;

  const save = async (): Promise<void> => {
    const article = lesson?.article ?? (await requestSnapshot(tabId));
    if (!article) {
      setStatus('The page did not answer: reload it, then save again.');
      return;
    }
    const length = lessonText(article).length;
    if ([...analysis.quotes, ...analysis.terms, ...analysis.sourcing].some((f) => f.end > length)) {
      setStatus('The page changed since it was analysed: reload it, then save again.');
      return;
    }
    const built = await buildLesson({
      article,
      analysis,
      dismissed,
      additions,
      notes,
      previous: lesson ? { id: lesson.id, added: lesson.added } : undefined,
    });
    const name = lessonFileName(built);
    downloadFile(name, JSON.stringify(built, null, 1), 'application/json');
    const count = steps.length + additions.length;
    setStatus(`Saved ${name}: ${count} findings in the key, ${dismissed.size} dismissed left out.`);
  };

  return (
    <section className="lesson" aria-labelledby="lesson-heading" data-testid="save-lesson">
      <h2 id="lesson-heading">Lesson</h2>
      <p>
        Freeze this article and its findings as a lesson file that opens offline, the same for every
        student. The key holds the {steps.length} findings you kept
        {dismissed.size > 0 && ` (${dismissed.size} dismissed are left out)`} and {additions.length}{' '}
        you added.
      </p>
      {additions.length > 0 && (
        <ul data-testid="lesson-added">
          {additions.map((a, i) => (
            <li key={`${a.start}-${a.end}-${i}`}>
              “{a.text}”{' '}
              <button
                type="button"
                onClick={() => setAdditions((list) => list.filter((x) => x !== a))}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      {picked ? (
        <AddFindingForm
          passage={picked}
          onAdd={(finding) => {
            setAdditions((list) => [...list, finding]);
            setPicked(null);
          }}
          onCancel={() => setPicked(null)}
        />
      ) : (
        <button type="button" aria-pressed={picking} onClick={() => setPicking(!picking)}>
          {picking ? 'Stop adding passages' : 'Add a passage the engine missed'}
        </button>
      )}
      {picking && !picked && <p className="hint">Select the passage in the article.</p>}
      <details>
        <summary>Discussion notes ({steps.length} steps)</summary>
        <ol className="lesson__notes">
          {steps.map((step) => (
            <li key={step.id}>
              <label>
                {step.heading}: “{step.text.slice(0, 80)}”
                <textarea
                  rows={2}
                  value={notes[step.id] ?? ''}
                  onChange={(e) => setNotes((n) => ({ ...n, [step.id]: e.target.value }))}
                />
              </label>
            </li>
          ))}
        </ol>
      </details>
      <div className="report-export__actions">
        <button type="button" className="primary" onClick={() => void save()}>
          Save as lesson
        </button>
        <a href={browser.runtime.getURL('/lesson.html')} target="_blank" rel="noreferrer">
          Open a lesson
        </a>
        <a href={browser.runtime.getURL('/classview.html')} target="_blank" rel="noreferrer">
          Class view
        </a>
      </div>
      <p role="status" data-testid="lesson-status">
        {status}
      </p>
    </section>
  );
}
