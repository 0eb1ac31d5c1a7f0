import { describe, expect, it } from 'vitest';
import { whenActivated } from '@/utils/page/when-activated';

/** A document that is (or is not) being prerendered. */
const fakeDocument = (prerendering: boolean | undefined) =>
  Object.assign(new EventTarget(), { prerendering }) as unknown as Document;

/** Whether `promise` has settled once pending callbacks have run. */
async function settled(promise: Promise<void>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await new Promise((resolve) => setTimeout(resolve, 0));
  return done;
}

describe('whenActivated', () => {
  it('goes on at once on a page the reader is on, and where the browser does not prerender', async () => {
    expect(await settled(whenActivated(fakeDocument(false), new AbortController().signal))).toBe(
      true,
    );
    // Firefox has no `document.prerendering`.
    expect(
      await settled(whenActivated(fakeDocument(undefined), new AbortController().signal)),
    ).toBe(true);
  });

  it('waits while the page is prerendered, until the reader goes to it', async () => {
    const doc = fakeDocument(true);
    const activated = whenActivated(doc, new AbortController().signal);
    expect(await settled(activated)).toBe(false);
    doc.dispatchEvent(new Event('prerenderingchange'));
    expect(await settled(activated)).toBe(true);
  });

  it('never goes on once stopped', async () => {
    const doc = fakeDocument(true);
    const stop = new AbortController();
    const activated = whenActivated(doc, stop.signal);
    stop.abort();
    doc.dispatchEvent(new Event('prerenderingchange'));
    expect(await settled(activated)).toBe(false);
  });
});
