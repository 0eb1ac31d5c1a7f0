import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PageReportSchema } from '@/utils/messaging/page-report';
import { loadPageSession, NOT_LOADED, PAGE_SESSION_PATH } from '@/utils/page/load-page-session';
import { makeDocument } from '../article/dom';

describe('loadPageSession', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    fakeBrowser.reset();
  });

  it('tells the panel, in words, when the page session cannot be loaded', async () => {
    const asked: string[] = [];
    // An address nothing can be imported from, as when the extension was removed meanwhile.
    vi.spyOn(fakeBrowser.runtime, 'getURL').mockImplementation((path: string) => {
      asked.push(path);
      return `sourcelight-missing:${path}`;
    });
    const sent: unknown[] = [];
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((message: unknown) => {
      sent.push(message);
      return Promise.resolve(undefined);
    });
    await loadPageSession(
      new AbortController().signal,
      makeDocument('<title>Harbour news</title><p>x</p>'),
    );
    expect(asked).toEqual([PAGE_SESSION_PATH]);
    expect(sent).toHaveLength(1);
    const message = sent[0] as { type: string; report: unknown };
    expect(message.type).toBe('pageReport');
    // The background's own schema accepts it: an error the panel shows, no analysis.
    expect(PageReportSchema.parse(message.report)).toMatchObject({
      status: 'error',
      error: NOT_LOADED,
      analysis: null,
      title: 'Harbour news',
    });
  });

  it('loads nothing into a prerendered page until the reader goes to it', async () => {
    const asked: string[] = [];
    vi.spyOn(fakeBrowser.runtime, 'getURL').mockImplementation((path: string) => {
      asked.push(path);
      return `sourcelight-missing:${path}`;
    });
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    const doc = makeDocument('<title>Harbour news</title><p>x</p>');
    Object.defineProperty(doc, 'prerendering', { value: true, configurable: true });
    const loading = loadPageSession(new AbortController().signal, doc);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(asked).toEqual([]);
    Object.defineProperty(doc, 'prerendering', { value: false, configurable: true });
    doc.dispatchEvent(new doc.defaultView!.Event('prerenderingchange'));
    await loading;
    expect(asked).toEqual([PAGE_SESSION_PATH]);
  });
});
