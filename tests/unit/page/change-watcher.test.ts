import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchForChanges } from '@/utils/page/change-watcher';
import { makeDocument } from '../article/dom';

const page = `<!doctype html><html><body><main><p id="story">The ferry runs twice a day.</p></main>
<aside><span id="clock">10:00</span></aside></body></html>`;

const settle = () => new Promise((resolve) => setTimeout(resolve, 600));

describe('watching the page for changes', () => {
  const controller = new AbortController();
  afterEach(() => {
    controller.abort();
    vi.unstubAllGlobals();
  });
  /** The page's document, with its window's MutationObserver as the code would find it. */
  const openPage = (): Document => {
    const doc = makeDocument(page);
    vi.stubGlobal('MutationObserver', doc.defaultView!.MutationObserver);
    return doc;
  };

  it('calls back once for a burst of relevant changes, text changes included, and not for others', async () => {
    const doc = openPage();
    const story = doc.getElementById('story')!;
    const clock = doc.getElementById('clock')!;
    let calls = 0;
    watchForChanges(
      doc,
      (record) => story.contains(record.target),
      () => calls++,
      controller.signal,
    );
    (clock.firstChild as Text).data = '10:01';
    await settle();
    expect(calls).toBe(0);
    // A burst of text changes (no node added): one call.
    (story.firstChild as Text).data = 'The ferry runs three times a day.';
    (story.firstChild as Text).data = 'The ferry runs four times a day.';
    await settle();
    expect(calls).toBe(1);
    story.append(doc.createTextNode(' From Monday.'));
    await settle();
    expect(calls).toBe(2);
  });

  it('stops when its signal aborts', async () => {
    const doc = openPage();
    const stop = new AbortController();
    let calls = 0;
    watchForChanges(
      doc,
      () => true,
      () => calls++,
      stop.signal,
    );
    stop.abort();
    doc.getElementById('story')!.append(doc.createTextNode(' Later.'));
    await settle();
    expect(calls).toBe(0);
  });
});
