import { defineConfig } from 'wxt';
import base, { viteForBrowser } from '../../wxt.config';

/**
 * The reader's build (no bench marks), built into .bench/build-reader for `realPages`: what a page
 * pays for Sourcelight is measured on what the reader installs. Each mark the bench's own build
 * leaves costs the page's main thread a little (`performance.mark`, about 0.1 ms a call cold).
 */
export default defineConfig({
  ...base,
  outDir: '.bench/build-reader',
  vite: (env) => viteForBrowser(env.browser),
});
