import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startPageSession } from '@/utils/page/page-session';
import { makeDocument } from '../article/dom';

describe('startPageSession', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
    fakeBrowser.reset();
  });

  it('gives a page that is not an article no pointer or selection listeners', async () => {
    const doc = makeDocument('<!doctype html><html><body><ul><li>One</li></ul></body></html>');
    vi.stubGlobal('location', doc.location);
    vi.stubGlobal('window', doc.defaultView);
    vi.stubGlobal('MutationObserver', doc.defaultView!.MutationObserver);
    const added: string[] = [];
    vi.spyOn(doc, 'addEventListener').mockImplementation((type: string) => {
      added.push(type);
    });
    const done = new Promise<void>((resolve) => {
      const controller = new AbortController();
      startPageSession(doc, controller.signal, null, {
        analyse: () => {
          setTimeout(() => {
            controller.abort();
            resolve();
          }, 0);
          return Promise.resolve(null);
        },
      });
    });
    await done;
    expect(added).not.toContain('mousemove');
    expect(added).not.toContain('click');
    expect(added).not.toContain('mouseup');
  });
});
