import { defineConfig, type WxtViteConfig } from 'wxt';
import { rootHighlightRules } from './utils/highlight/root-highlight-rules';
import { COMPILE_HINT } from './utils/page/compile-hint';
import { PAGE_SESSION_FILE } from './utils/page/page-session-path';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// Without an X display the dev browser must be headless, or web-ext's launch dies with ECONNRESET.
const headless = !process.env.DISPLAY;
// A fixed public key gives the unpacked Chrome build a fixed id (cakcpemcgfjobnkicelhjehkdgdbgokb),
// so the demo article and the manager have stable addresses.
const CHROME_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA038Qevc/IT8xXwUGJeMj+oTQQe40Uc6weIaNxK3XacTFP/p7cZZusd0D8c7i3CnFX2ARPPnLA1EtQp+YjBECDwaaaD5NlJjEtKOQ/9FdWxTOohpvFLGL6j1gCfHCd/Z+XYO8PEeZGkv5GOpCwUkQ9lyFQLQL9J/0CT3LRTtgdtZqcXK4d/kwoLJD+Q7B7Sbco3wC1nn0a1UbId3mWmJrHRWAoWy2PLaT76DThK+FexejbyOSwV278v2b7cDpx3TtJFV4RxrD7zUPNtyfs2+xThSdD4/tBWLoLU4xBBXcDws2h/GDmZd/zG/2jQIkhUFyy9rObtPYBg5cdciEll0d5wIDAQAB';

/** The scripts that run in pages: the content script (a loader) and the page session it loads. */
const isPageScript = (fileName: string): boolean =>
  fileName.startsWith('content-scripts/') || fileName === PAGE_SESSION_FILE;

/**
 * Chromium builds: the highlight stylesheet's rules scoped to `:root` (see rootHighlightRules), and
 * the page scripts compiled eagerly (COMPILE_HINT; added after minifying, which drops comments).
 */
export const viteForBrowser = (browser: string): WxtViteConfig => ({
  plugins:
    browser === 'firefox'
      ? []
      : [
          {
            name: 'sourcelight-root-highlights',
            transform: (code: string, id: string) =>
              id.split('?')[0]!.endsWith('/assets/highlight.css') ? rootHighlightRules(code) : null,
          },
          {
            name: 'sourcelight-eager-content-script',
            // Last: WXT's own plugins match the start of the script (`var content=(function`).
            generateBundle: {
              order: 'post',
              handler(_options, bundle) {
                for (const file of Object.values(bundle)) {
                  if (file.type === 'chunk' && isPageScript(file.fileName))
                    file.code = COMPILE_HINT + file.code;
                }
              },
            },
          },
        ],
});

const FACT_CHECK_FEED = 'https://storage.googleapis.com/datacommons-feeds/*';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  imports: false,
  vite: (env) => viteForBrowser(env.browser),
  manifest: ({ browser }) => ({
    name: 'Sourcelight',
    description:
      'See who is saying what in a news article, which words are loaded, and what the independent record says.',
    // offscreen: a hidden page where Readability parses copies of pages (Chrome's worker has no DOM).
    permissions: ['storage', ...(browser === 'firefox' ? [] : ['sidePanel', 'offscreen'])],
    // Asked only when the reader clicks "Download the Data Commons fact-check feed" (issue 15);
    // the same pattern is FEED_ORIGIN in utils/factchecks/feed-source.ts.
    ...(browser === 'firefox'
      ? { optional_permissions: [FACT_CHECK_FEED] }
      : { optional_host_permissions: [FACT_CHECK_FEED] }),
    action: { default_title: 'Open Sourcelight' },
    commands: {
      'toggle-highlights': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: 'Show or hide Sourcelight highlights on the page',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'sourcelight@example.org',
              strict_min_version: '140.0',
              // Nothing the reader reads is collected or sent anywhere.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {
          key: CHROME_KEY,
          // The page session imported from its per-session address (use_dynamic_url): Chrome 130
          // and 131 refused content scripts such imports (a Chromium bug fixed for 132), and before
          // 130 the key was ignored, leaving the file at a fixed address any page could probe.
          // Also runtime.getContexts (116: the offscreen document), the side panel (114) and
          // CSS.highlights (105).
          minimum_chrome_version: '132',
          // The page session, which the content script loads as a module (load-page-session.ts),
          // only from a per-session address: a page cannot probe for it to tell Sourcelight is there.
          web_accessible_resources: [
            {
              resources: [PAGE_SESSION_FILE],
              matches: ['http://*/*', 'https://*/*'],
              use_dynamic_url: true,
            },
          ],
          // Chrome 148+: messages are structured clones, as Firefox always sends them; older Chrome
          // ignores the key and sends JSON. A warm 100 KB message sends in half the time; on real
          // pages' first 3 s no gain was measurable (README, issue 18, fifth session).
          message_serialization: 'structured_clone',
        }),
  }),
  webExt: {
    binaries: { chrome: chromiumPath },
    chromiumArgs: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1 , EXCLUDE localhost',
      ...(headless ? ['--headless=new'] : []),
    ],
  },
  zip: {
    excludeSources: [
      '.output/**',
      'test-results/**',
      'playwright-report/**',
      'node_modules/**',
      '.bench/**',
    ],
  },
});
