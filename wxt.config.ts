import { defineConfig } from 'wxt';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// Without an X display the dev browser must be headless, or web-ext's launch dies with ECONNRESET.
const headless = !process.env.DISPLAY;

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  imports: false,
  manifest: {
    name: 'Sourcelight',
    description:
      'See who is saying what in a news article, which words are loaded, and what the independent record says.',
    permissions: ['storage', 'sidePanel', 'tabs'],
    action: { default_title: 'Open Sourcelight' },
  },
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
    excludeSources: ['.output/**', 'test-results/**', 'playwright-report/**', 'node_modules/**'],
  },
});
