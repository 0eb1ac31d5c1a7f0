import type { Page, Worker } from '@playwright/test';

declare const chrome: typeof import('wxt/browser').browser;

/** The tab state the background keeps for the tab whose URL contains `urlPart`. */
export async function tabStateFor(worker: Worker, urlPart: string): Promise<Record<string, unknown> | null> {
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
): Promise<{ report: { status: string; analysis: { quotes: unknown[]; terms: { text: string }[] } | null } }> {
  for (let i = 0; i < 100; i++) {
    const state = (await tabStateFor(worker, urlPart)) as {
      report: { status: string; analysis: { quotes: unknown[]; terms: { text: string }[] } | null };
    } | null;
    if (state?.report.status === status) return state;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no ${status} report for ${urlPart}`);
}

/** Names of our highlights registered in the page, with the text each covers. */
export async function pageHighlights(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('sourcelight-')) continue;
      out[name] = [...highlight].map((r) => r.toString());
    }
    return out;
  });
}
