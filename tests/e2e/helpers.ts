import type { BrowserContext, Page, Worker } from '@playwright/test';
import { highlightsInPage, textPointInPage } from './shared/in-page';

declare const chrome: typeof import('wxt/browser').browser;

/** The tab state the background keeps for the tab whose URL contains `urlPart`. */
export async function tabStateFor(
  worker: Worker,
  urlPart: string,
): Promise<Record<string, unknown> | null> {
  return worker.evaluate(async (part) => {
    const all = await chrome.storage.session.get(null);
    for (const value of Object.values(all) as { report?: { url?: string } }[]) {
      if (value?.report?.url?.includes(part)) return value as Record<string, unknown>;
    }
    return null;
  }, urlPart);
}

/** Waits until the background has an analysed report for the tab, and returns it. */
export async function waitForReport(
  worker: Worker,
  urlPart: string,
  status = 'article',
): Promise<{
  report: { status: string; analysis: { quotes: unknown[]; terms: { text: string }[] } | null };
}> {
  let last: string | undefined;
  for (let i = 0; i < 100; i++) {
    const state = (await tabStateFor(worker, urlPart)) as {
      report: {
        status: string;
        error?: string | null;
        analysis: { quotes: unknown[]; terms: { text: string }[] } | null;
      };
    } | null;
    if (state?.report.status === status) return state;
    last = state
      ? `${state.report.status}${state.report.error ? `: ${state.report.error}` : ''}`
      : 'none';
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no ${status} report for ${urlPart} (the last one: ${last})`);
}

/** Names of our highlights registered in the page, with the text each covers. */
export async function pageHighlights(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(highlightsInPage);
}

/** Opens a fixture page in a new tab and waits until the background has its analysis. */
export async function openAnalysed(
  context: BrowserContext,
  worker: Worker,
  path: string,
  status = 'article',
): Promise<Page> {
  const page = await context.newPage();
  await page.goto(path);
  await waitForReport(worker, path, status);
  return page;
}

/** The screen point in the middle of the first occurrence of `needle` in the article's text. */
export async function textPoint(
  page: Page,
  needle: string,
  within = 'article',
): Promise<{ x: number; y: number }> {
  return page.evaluate(textPointInPage, [needle, within] as const);
}

/** The id of the tab whose report URL contains `urlPart`. */
export async function tabIdFor(worker: Worker, urlPart: string): Promise<number> {
  const state = (await tabStateFor(worker, urlPart)) as { tabId: number } | null;
  if (!state) throw new Error(`no tab for ${urlPart}`);
  return state.tabId;
}

/** Selects `needle` inside the article as a reader would, and lets go of the mouse. */
export async function selectInArticle(page: Page, needle: string): Promise<void> {
  await page.evaluate((text) => {
    const walker = document.createTreeWalker(
      document.querySelector('article')!,
      NodeFilter.SHOW_TEXT,
    );
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(text);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + text.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      document.body.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
      return;
    }
    throw new Error(`not in the article: ${text}`);
  }, needle);
}

/**
 * Frames the side panel, pinned to `tabId`, beside the page's content (for screenshots: the real
 * panel cannot be captured), and returns a locator into it.
 */
export async function framePanelBeside(page: Page, extensionId: string, tabId: number) {
  await page.evaluate((src) => {
    document.body.style.marginRight = '430px';
    const frame = document.createElement('iframe');
    frame.src = src;
    frame.title = 'Sourcelight side panel';
    frame.style.cssText =
      'position:fixed;top:0;right:0;width:420px;height:100vh;border:0;border-left:1px solid #8c959f;background:#fff';
    document.documentElement.append(frame);
  }, `chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`);
  return page.frameLocator('iframe[title="Sourcelight side panel"]');
}
