import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { requestArticlePlan, UNREADABLE } from '@/utils/page/request-article-plan';
import { makeDocument } from '../article/dom';

const doc = () =>
  makeDocument(
    '<!doctype html><html><head><title>T</title></head><body><p>Text.</p></body></html>',
  );

describe('requestArticlePlan', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    fakeBrowser.reset();
  });
  /** The extension's answer to the page's `findArticle`, as the background would give it. */
  const answer = (reply: (message: { type: string; html: string }) => unknown) =>
    vi
      .spyOn(fakeBrowser.runtime, 'sendMessage')
      .mockImplementation((message: unknown) =>
        Promise.resolve(reply(message as { type: string; html: string })),
      );

  it('sends the page’s HTML and returns the checked plan', async () => {
    let sent = '';
    answer((message) => {
      sent = message.type === 'findArticle' ? message.html : '';
      return { steps: [0], texts: ['Text.'], title: 'T' };
    });
    expect(await requestArticlePlan(doc())).toEqual({ steps: [0], texts: ['Text.'], title: 'T' });
    expect(sent).toContain('<title>T</title>');
    expect(sent).toContain('<p>Text.</p>');
  });

  it('returns null when the extension found no article', async () => {
    answer(() => null);
    expect(await requestArticlePlan(doc())).toBeNull();
  });

  it('says so in words for the panel when the answer is missing or malformed', async () => {
    await expect(requestArticlePlan(doc())).rejects.toThrow(UNREADABLE);
    answer(() => ({ steps: ['x'] }));
    await expect(requestArticlePlan(doc())).rejects.toThrow(UNREADABLE);
  });
});
