import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Worker } from '@playwright/test';
import { test, expect } from './fixtures';
import { pageHighlights, tabStateFor } from './helpers';
import {
  readabilityPagesIn,
  snippetPages,
  snippetPagesIn,
  squash,
  tokenF1,
} from '../eval/eval-extraction';
import { TAB_ARTICLE_MAX_CHARS } from '../../utils/messaging/tab-article';

declare const chrome: typeof import('wxt/browser').browser;

/**
 * The built extension on real saved pages (../shared/corpora, served by the fixture server at
 * /corpora/): no extension error, the page's DOM unchanged, every highlight inside the article text
 * Sourcelight read, and at least one quote where that text has one. REAL_PAGES=all runs every page.
 */
const corpora = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../shared/corpora',
);

const snippets = new Map(
  snippetPages(path.join(corpora, 'extraction')).map((e) => [
    `/corpora/extraction/pages/${e.file}`,
    e,
  ]),
);

/**
 * The pages `npm run eval` holds out (every fifth by name), so that the real-Chromium figures can be
 * reported for them apart: the part no rule was tuned on.
 */
const heldOut = new Set([
  ...snippetPagesIn(path.join(corpora, 'extraction'), 'heldout').map(
    (e) => `/corpora/extraction/pages/${e.file}`,
  ),
  ...readabilityPagesIn(path.join(corpora, 'pages'), 'heldout').map(
    (name) => `/corpora/pages/${name}/source.html`,
  ),
]);

/** The extraction figures of npm run eval, measured here in real Chromium, for a set of pages. */
class Tally {
  pages = 0;
  articles = 0;
  empty = 0;
  must = { kept: 0, of: 0 };
  mustNot = { out: 0, of: 0 };
  f1s: number[] = [];

  summary(): string {
    const pct = (a: number, b: number) => `${((100 * a) / Math.max(1, b)).toFixed(1)}%`;
    const f1 = this.f1s.reduce((a, b) => a + b, 0) / Math.max(1, this.f1s.length);
    return (
      `${this.pages} pages, treated as articles ${this.articles} (${pct(this.articles, this.pages)}), ` +
      `pages with nothing ${this.empty}, ` +
      `must-snippets kept ${pct(this.must.kept, this.must.of)} (${this.must.kept}/${this.must.of}), ` +
      `must-not left out ${pct(this.mustNot.out, this.mustNot.of)} (${this.mustNot.out}/${this.mustNot.of}), ` +
      `token F1 vs Readability's expected output ${f1.toFixed(3)} (${this.f1s.length} pages)`
    );
  }
}

/** Readability's expected output for a page of corpora/pages, as plain text (tags dropped). */
function expectedText(url: string): string | null {
  const file = path.join(
    corpora,
    url.replace('/corpora/', '').replace('source.html', 'expected.html'),
  );
  if (!url.startsWith('/corpora/pages/') || !existsSync(file)) return null;
  return readFileSync(file, 'utf8')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&[a-z]+;/gi, ' ');
}

function realPages(): string[] {
  const extraction = [...snippets.keys()].sort();
  const pagesDir = path.join(corpora, 'pages');
  const english = readdirSync(pagesDir)
    .filter((name) => existsSync(path.join(pagesDir, name, 'expected-metadata.json')))
    .filter((name) => {
      const meta = JSON.parse(
        readFileSync(path.join(pagesDir, name, 'expected-metadata.json'), 'utf8'),
      ) as { lang?: string | null; readerable?: boolean };
      return /^en/i.test(meta.lang ?? '') && meta.readerable !== false;
    })
    .sort()
    .map((name) => `/corpora/pages/${name}/source.html`);
  if (process.env.REAL_PAGES === 'all') return [...extraction, ...english];
  if (process.env.REAL_PAGES)
    return [...extraction, ...english].filter((u) => u.includes(process.env.REAL_PAGES!));
  // A fixed sample: every fourth page of each set (24 + 9 pages).
  return [...extraction.filter((_, i) => i % 4 === 0), ...english.filter((_, i) => i % 4 === 0)];
}

/**
 * A quotation of six words or more in the text: the article "has a quote" (a quoted title is
 * shorter). The opening mark follows a space and the closing one precedes one, so that the words
 * between two scare-quoted phrases ('the "lazy," which went beyond "get off"') are no quotation.
 */
const QUOTED = /(?:^|[\s([—–-])[“"](?=\S)(?:[^“”"\s]+\s+){5,}[^“”"]*?\S[”"](?=$|[\s.,;:!?)\]—–-])/;

/**
 * Records, in the worker, the article text a page asks it to analyse when the page's text differs
 * from the one the background expected (otherwise the text is the tab state's `articleText`).
 */
async function recordArticleTexts(worker: Worker): Promise<void> {
  await worker.evaluate(() => {
    const g = globalThis as unknown as { __texts?: Record<string, string> };
    if (g.__texts) return;
    g.__texts = {};
    chrome.runtime.onMessage.addListener((m: { type?: string; url?: string; text?: string }) => {
      if (m?.type === 'analyzeText' && m.url) g.__texts![m.url] = m.text ?? '';
      return undefined;
    });
  });
}

/** The article text Sourcelight read on the page at `url` (the one its analysis is of). */
async function articleTextOf(worker: Worker, url: string): Promise<string> {
  const sent = await worker.evaluate(
    (u) => (globalThis as unknown as { __texts: Record<string, string> }).__texts[u],
    url,
  );
  if (sent !== undefined) {
    console.log(`${url}: the page's text differed from the expected one (second round trip)`);
    return sent;
  }
  const state = (await tabStateFor(worker, url)) as { articleText?: string } | null;
  const text = state?.articleText ?? '';
  if (text.length >= TAB_ARTICLE_MAX_CHARS)
    console.log(`${url}: article text cut to ${text.length}`);
  return text;
}

async function waitForStatus(worker: Worker, urlPart: string): Promise<string | null> {
  for (let i = 0; i < 150; i++) {
    const state = (await tabStateFor(worker, urlPart)) as { report: { status: string } } | null;
    if (state && state.report.status !== 'loading') return state.report.status;
    await new Promise((r) => setTimeout(r, 100));
  }
  return null;
}

test('real saved pages: no error, DOM unchanged, highlights inside the article, quotes found', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  test.setTimeout(20 * 60_000);
  await recordArticleTexts(serviceWorker);
  // The saved pages' own scripts and handlers are left out (offline they would only fail, and a script changing
  // the page would hide whether Sourcelight did); JSON-LD data blocks stay.
  await context.route('**/corpora/**', async (route) => {
    const response = await route.fetch();
    const html = (await response.text())
      .replace(/<script\b(?![^>]*application\/ld\+json)[^>]*>[\s\S]*?<\/script\s*>/gi, '')
      // Inline handlers too (an <img onerror> that swaps its own src).
      .replace(/\son[a-z]+\s*=\s*("[^"]*"|'[^']*')/gi, '');
    await route.fulfill({ response, body: html });
  });
  await context.addInitScript(() => {
    const w = window as unknown as { __before?: string; __mutations?: string[] };
    w.__mutations = [];
    // Sourcelight adds nothing at all (its highlight stylesheet is adopted, not an element), so every mutation counts.
    document.addEventListener('DOMContentLoaded', () => {
      w.__before = document.body.outerHTML;
      new MutationObserver((records) => {
        for (const r of records) {
          const added = [...r.addedNodes].map((n) => n.nodeName).join(',');
          w.__mutations!.push(`${r.type} ${r.target.nodeName} ${r.attributeName ?? ''} +${added}`);
        }
      }).observe(document, {
        subtree: true,
        childList: true,
        attributes: true,
        characterData: true,
      });
    });
  });
  const pages = realPages();
  let highlights = 0;
  let inside = 0;
  const all = new Tally();
  const held = new Tally();
  for (const url of pages) {
    const tallies = heldOut.has(url) ? [all, held] : [all];
    for (const t of tallies) t.pages += 1;
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      // Only our own code: some saved pages link files of other extensions, which fail to load.
      if (m.type() === 'error' && m.location().url.startsWith(`chrome-extension://${extensionId}/`))
        errors.push(m.text());
    });
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    const status = await waitForStatus(serviceWorker, url);
    expect.soft(status, `${url}: analysed`).not.toBeNull();
    expect.soft(status, `${url}: no extension error`).not.toBe('error');
    expect.soft(errors, `${url}: no extension error in the console`).toEqual([]);
    if (status === 'article') for (const t of tallies) t.articles += 1;
    const dom = await page.evaluate(() => {
      const w = window as unknown as { __before?: string; __mutations?: string[] };
      return { same: w.__before === document.body.outerHTML, mutations: w.__mutations };
    });
    expect.soft(dom, `${url}: DOM unchanged`).toEqual({ same: true, mutations: [] });
    const text = status === 'article' ? squash(await articleTextOf(serviceWorker, page.url())) : '';
    if (!text) console.log(`${url}: no article text (${status})`);
    const expected = snippets.get(url);
    const reference = expectedText(url);
    for (const t of tallies) {
      if (!text) t.empty += 1;
      if (expected) {
        t.must.of += expected.with.length;
        t.must.kept += expected.with.filter((w) => text.includes(squash(w))).length;
        t.mustNot.of += expected.without.length;
        t.mustNot.out += expected.without.filter((w) => !text.includes(squash(w))).length;
      }
      if (reference !== null) t.f1s.push(tokenF1(text, reference));
    }
    if (status === 'article') {
      for (const [, covered] of Object.entries(await pageHighlights(page))) {
        for (const h of covered) {
          highlights += 1;
          if (text.includes(squash(h))) inside += 1;
          // A range's text also holds what the reader does not see inside it (a formula's TeX
          // source in MathML): counted, and held to the goal below rather than to every range.
          else
            console.log(
              `${url}: highlight not found in the article text: ${squash(h).slice(0, 80)}`,
            );
        }
      }
      if (QUOTED.test(text)) {
        const state = (await tabStateFor(serviceWorker, url)) as {
          report: { analysis: { quotes: unknown[] } | null };
        };
        expect
          .soft(state.report.analysis?.quotes.length ?? 0, `${url}: a quote found`)
          .toBeGreaterThan(0);
      }
    }
    await page.close();
  }
  const share = `${((100 * inside) / Math.max(1, highlights)).toFixed(1)}%`;
  console.log(
    `real pages: ${all.summary()}; highlights ${highlights}, inside the article text ${inside} (${share})`,
  );
  console.log(`of them held out by npm run eval: ${held.summary()}`);
  // Every page here is an article page (must-snippets, or readerable by Readability's own test).
  expect(all.articles / all.pages).toBeGreaterThanOrEqual(0.95);
  expect(inside / Math.max(1, highlights)).toBeGreaterThanOrEqual(0.99);
});
