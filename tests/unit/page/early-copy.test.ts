import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { copyEarly } from '@/utils/page/early-copy';
import { TOO_LARGE } from '@/utils/page/send-copy';
import { PAGE_HTML_MAX } from '@/utils/article/page-html-max';
import { makeDocument } from '../article/dom';

const para = (n: number) =>
  `<p>Paragraph ${n}. The harbour board said the new ferry timetable would start in May, after the council vote on fares.</p>`;

/** An article page of our own words, beside a box of other things, with every message it sends. */
function articlePage(paragraphs = 8) {
  const doc = makeDocument(
    `<!doctype html><html><head><title>Ferry timetable</title></head><body><div id="promo">Offers</div><main><h1>Ferry timetable</h1><article>${Array.from({ length: paragraphs }, (_, i) => para(i + 1)).join('')}</article></main></body></html>`,
  );
  vi.stubGlobal('MutationObserver', doc.defaultView!.MutationObserver);
  const sent: { type: string; html?: string }[] = [];
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((message: unknown) => {
    sent.push(message as (typeof sent)[number]);
    return Promise.resolve({ answer: 'the plan' });
  });
  return { doc, sent };
}

describe('copyEarly', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
    fakeBrowser.reset();
  });

  it('sends the copy the session would send and keeps the extension’s answer', async () => {
    const { doc, sent } = articlePage();
    const early = copyEarly(doc)!;
    expect(sent).toHaveLength(1);
    expect(sent[0]!.type).toBe('findArticle');
    expect(sent[0]!.html).toContain('Paragraph 8.');
    expect(early.url).toBe(doc.location.href);
    expect(early.scope?.contains(doc.querySelector('article'))).toBe(true);
    expect(await early.reply).toEqual({ answer: 'the plan' });
    expect(early.changed()).toBe(false);
  });

  it('copies nothing of a large page that has not painted yet (the session waits for its paint)', () => {
    const { doc, sent } = articlePage();
    vi.spyOn(performance, 'getEntriesByType').mockReturnValue([]);
    const nav = doc.getElementById('promo')!;
    for (let i = 0; i < 1_000; i++) nav.append(doc.createElement('span'));
    expect(copyEarly(doc)).toBeNull();
    expect(sent).toEqual([]);
  });

  it('notes a change where the article could have changed, even one not delivered yet', async () => {
    const inside = articlePage();
    const early = copyEarly(inside.doc)!;
    inside.doc.querySelector('article p')!.textContent = 'Rewritten.';
    // Asked in the same task: the observer has not been told yet.
    expect(early.changed()).toBe(true);

    const added = articlePage();
    const later = copyEarly(added.doc)!;
    const box = added.doc.createElement('section');
    box.append(added.doc.createElement('p'));
    added.doc.body.append(box);
    await Promise.resolve();
    expect(later.changed()).toBe(true);
  });

  it('ignores changes outside the copied part that add no paragraph', async () => {
    const { doc } = articlePage();
    const early = copyEarly(doc)!;
    doc.getElementById('promo')!.textContent = 'Other offers';
    doc.body.append(doc.createElement('div'));
    await Promise.resolve();
    expect(early.changed()).toBe(false);
  });

  it('keeps a page too large to copy for the session to report, with no unhandled rejection', async () => {
    const { doc, sent } = articlePage(1);
    const huge = doc.createElement('p');
    huge.textContent = 'x'.repeat(PAGE_HTML_MAX + 1);
    doc.querySelector('article')!.append(huge);
    const early = copyEarly(doc)!;
    expect(sent).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 0));
    await expect(early.reply).rejects.toThrow(TOO_LARGE);
  });
});
