import { afterEach, describe, expect, it, vi } from 'vitest';
import { Window } from 'happy-dom';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleBackgroundMessage } from '@/utils/background/handle-message';
import { ArticlePlanSchema } from '@/utils/article/article-plan';
import type { Browser } from 'wxt/browser';

const sender = { tab: { id: 4 } } as Browser.runtime.MessageSender;
const para = (n: number) =>
  `<p>Paragraph ${n}: the ferry company said the new timetable would start in May, after the council vote.</p>`;
const html = `<!doctype html><html><head><title>Timetable</title></head><body><article>${[1, 2, 3, 4].map(para).join('')}</article></body></html>`;

describe('findArticle in the background', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    fakeBrowser.reset();
  });

  it('parses the copy itself where it has a DOM (Firefox’s background page)', async () => {
    vi.stubGlobal('DOMParser', new Window().DOMParser);
    const reply = await handleBackgroundMessage({ type: 'findArticle', html }, sender);
    const plan = ArticlePlanSchema.parse(reply);
    expect(plan.texts.join(' ')).toContain('Paragraph 4: the ferry company said');
    expect(plan.steps.filter((s) => s >= 0)).toHaveLength(plan.texts.length);
  });

  it('answers nothing (the page then parses it itself) when no offscreen document can be made', async () => {
    expect(typeof DOMParser).toBe('undefined');
    expect(await handleBackgroundMessage({ type: 'findArticle', html }, sender)).toBeUndefined();
  });
});
