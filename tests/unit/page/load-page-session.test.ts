import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PageReportSchema } from '@/utils/messaging/page-report';
import { loadPageSession, NOT_LOADED, PAGE_SESSION_PATH } from '@/utils/page/load-page-session';
import { takeHandoff } from '@/utils/page/session-handoff';
import { makeDocument } from '../article/dom';

describe('loadPageSession', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
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
    const doc = makeDocument('<title>Harbour news</title><p>x</p>');
    vi.stubGlobal('MutationObserver', doc.defaultView!.MutationObserver);
    await loadPageSession(new AbortController().signal, doc, () => true);
    expect(asked).toEqual([PAGE_SESSION_PATH]);
    // The copy of the page went before the import (`early-copy.ts`), the error after it failed.
    expect(sent.map((m) => (m as { type: string }).type)).toEqual(['findArticle', 'pageReport']);
    const message = sent[1] as { type: string; report: unknown };
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
    vi.stubGlobal('MutationObserver', doc.defaultView!.MutationObserver);
    Object.defineProperty(doc, 'prerendering', { value: true, configurable: true });
    const loading = loadPageSession(new AbortController().signal, doc, () => true);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(asked).toEqual([]);
    Object.defineProperty(doc, 'prerendering', { value: false, configurable: true });
    doc.dispatchEvent(new doc.defaultView!.Event('prerenderingchange'));
    await loading;
    expect(asked).toEqual([PAGE_SESSION_PATH]);
  });

  it('hands the session the gate’s yes and the copy it sent, so that its first look neither gates nor copies again', async () => {
    vi.spyOn(fakeBrowser.runtime, 'getURL').mockImplementation(
      (path: string) => `sourcelight-missing:${path}`,
    );
    const sent: { type: string; html?: string }[] = [];
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((message: unknown) => {
      sent.push(message as (typeof sent)[number]);
      return Promise.resolve({ answer: 1 });
    });
    const doc = makeDocument('<title>Harbour news</title><p>A line of the story.</p>');
    vi.stubGlobal('MutationObserver', doc.defaultView!.MutationObserver);
    await loadPageSession(new AbortController().signal, doc, () => true);
    const handoff = takeHandoff();
    expect(handoff?.gatePassed).toBe(true);
    // And the copy it sent, with the extension's answer for the session to check.
    expect(sent[0]?.type).toBe('findArticle');
    expect(sent[0]?.html).toContain('A line of the story.');
    expect(handoff?.early?.url).toBe(doc.location.href);
    expect(await handoff?.early?.reply).toEqual({ answer: 1 });
    // Taken once: a second session in the same world (the extension updated) starts afresh.
    expect(takeHandoff()).toBeNull();
  });

  it('copies a page the gate lets through after it slept, as one let through at once', async () => {
    vi.spyOn(fakeBrowser.runtime, 'getURL').mockImplementation(
      (path: string) => `sourcelight-missing:${path}`,
    );
    const sent: { type: string }[] = [];
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((message: unknown) => {
      sent.push(message as { type: string });
      return Promise.resolve(undefined);
    });
    const doc = makeDocument('<title>Harbour news</title><div id="story"></div>');
    vi.stubGlobal('MutationObserver', doc.defaultView!.MutationObserver);
    Object.defineProperty(doc.defaultView!, 'navigation', { value: new EventTarget() });
    const loading = loadPageSession(
      new AbortController().signal,
      doc,
      (d) => d.querySelectorAll('p').length > 0,
    );
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    const story = doc.createElement('p');
    story.textContent = 'The story, rendered late.';
    doc.getElementById('story')!.append(story);
    await loading;
    expect(sent.map((m) => m.type)).toEqual(['pageReport', 'findArticle', 'pageReport']);
    expect(takeHandoff()?.early?.url).toBe(doc.location.href);
  });

  it('loads nothing into a page the gate turns away, and reports it as not an article', async () => {
    const asked: string[] = [];
    vi.spyOn(fakeBrowser.runtime, 'getURL').mockImplementation((path: string) => {
      asked.push(path);
      return `sourcelight-missing:${path}`;
    });
    const sent: { type: string; report?: unknown }[] = [];
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((message: unknown) => {
      sent.push(message as { type: string });
      return Promise.resolve(undefined);
    });
    const doc = makeDocument('<title>Garden tools</title><ul><li>Spade</li></ul>');
    vi.stubGlobal('MutationObserver', doc.defaultView!.MutationObserver);
    // Chromium's Navigation API, which the sleeping page follows (happy-dom has none).
    Object.defineProperty(doc.defaultView!, 'navigation', { value: new EventTarget() });
    // The loader sleeps with the page: nothing is imported (and `loading` does not resolve).
    void loadPageSession(new AbortController().signal, doc, () => false);
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    expect(asked).toEqual([]);
    expect(sent[0]!.type).toBe('pageReport');
    expect(PageReportSchema.parse(sent[0]!.report)).toMatchObject({
      status: 'not-article',
      analysis: null,
      title: 'Garden tools',
    });
    // A message for the page wakes it: the session is loaded to answer it.
    void fakeBrowser.runtime.onMessage.trigger(
      { type: 'getSnapshot', tabId: 1 },
      {},
      () => undefined,
    );
    await vi.waitFor(() => expect(asked).toEqual([PAGE_SESSION_PATH]));
    const handoff = takeHandoff();
    expect(handoff?.gatePassed).toBe(false);
    // Woken by a message, not by the gate: nothing is copied (the session gates first).
    expect(handoff?.early).toBeNull();
    expect(sent.map((m) => m.type)).not.toContain('findArticle');
  });
});
