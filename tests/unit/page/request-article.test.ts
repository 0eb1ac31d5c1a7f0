import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { requestArticle, UNREADABLE } from '@/utils/page/request-article';
import { makeDocument } from '../article/dom';

const doc = () =>
  makeDocument(
    '<!doctype html><html><head><title>T</title></head><body><p>Text.</p></body></html>',
  );
const plan = { steps: [0], texts: ['Text.'], title: 'T' };

describe('requestArticle', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    fakeBrowser.reset();
  });
  /** The extension's answer to the page's `findArticle`, as the background would give it. */
  const answer = (
    reply: (message: { type: string; html: string; url: string; title?: string }) => unknown,
  ) =>
    vi
      .spyOn(fakeBrowser.runtime, 'sendMessage')
      .mockImplementation((message: unknown) =>
        Promise.resolve(
          reply(message as { type: string; html: string; url: string; title?: string }),
        ),
      );

  it('sends the page’s HTML, address and title and returns the checked answer', async () => {
    let sent = { html: '', url: '', title: '' };
    answer((message) => {
      if (message.type === 'findArticle') sent = { title: '', ...message };
      return { plan, text: 'Text.', reply: { anything: 1 }, recorded: true };
    });
    expect(await requestArticle(doc())).toEqual({
      plan,
      text: 'Text.',
      reply: { anything: 1 },
      recorded: true,
    });
    expect(sent.html).toContain('<title>T</title>');
    expect(sent.html).toContain('<p>Text.</p>');
    expect(sent.url).toBe('http://127.0.0.1/');
    expect(sent.title).toBe('T');
  });

  it('returns null when the extension found no article', async () => {
    answer(() => null);
    expect(await requestArticle(doc())).toBeNull();
  });

  it('says so in words for the panel when the answer is missing or malformed', async () => {
    await expect(requestArticle(doc())).rejects.toThrow(UNREADABLE);
    answer(() => ({ plan: { steps: ['x'] }, text: null, reply: null }));
    await expect(requestArticle(doc())).rejects.toThrow(UNREADABLE);
    answer(() => plan);
    await expect(requestArticle(doc())).rejects.toThrow(UNREADABLE);
    answer(() => ({ plan, text: 'Text.', reply: null, recorded: 'yes' }));
    await expect(requestArticle(doc())).rejects.toThrow(UNREADABLE);
  });
});
