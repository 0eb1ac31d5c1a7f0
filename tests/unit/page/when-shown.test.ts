import { describe, expect, it } from 'vitest';
import { whenShown } from '@/utils/page/when-shown';

/** A document in the given state (Firefox has no `prerendering`). */
const fakeDocument = (visibilityState: DocumentVisibilityState, prerendering?: boolean) =>
  Object.assign(new EventTarget(), { visibilityState, prerendering }) as unknown as Document & {
    visibilityState: DocumentVisibilityState;
    prerendering?: boolean;
  };

/** Whether `promise` has settled once pending callbacks have run. */
async function settled(promise: Promise<void>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await new Promise((resolve) => setTimeout(resolve, 0));
  return done;
}

const running = () => new AbortController().signal;

describe('whenShown', () => {
  it('goes on at once on a page the reader sees', async () => {
    expect(await settled(whenShown(fakeDocument('visible', false), running()))).toBe(true);
    expect(await settled(whenShown(fakeDocument('visible'), running()))).toBe(true);
  });

  it('waits in a tab opened in the background until the reader goes to it', async () => {
    const doc = fakeDocument('hidden');
    const shown = whenShown(doc, running());
    expect(await settled(shown)).toBe(false);
    doc.dispatchEvent(new Event('visibilitychange'));
    expect(await settled(shown)).toBe(false);
    doc.visibilityState = 'visible';
    doc.dispatchEvent(new Event('visibilitychange'));
    expect(await settled(shown)).toBe(true);
  });

  it('waits while the page is prerendered, until the reader goes to it', async () => {
    const doc = fakeDocument('hidden', true);
    const shown = whenShown(doc, running());
    expect(await settled(shown)).toBe(false);
    doc.prerendering = false;
    doc.visibilityState = 'visible';
    doc.dispatchEvent(new Event('prerenderingchange'));
    expect(await settled(shown)).toBe(true);
  });

  it('never goes on once stopped', async () => {
    const doc = fakeDocument('hidden');
    const stop = new AbortController();
    const shown = whenShown(doc, stop.signal);
    stop.abort();
    doc.visibilityState = 'visible';
    doc.dispatchEvent(new Event('visibilitychange'));
    expect(await settled(shown)).toBe(false);
  });
});
