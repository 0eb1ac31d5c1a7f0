import { defineConfig } from 'wxt';
import base, { viteForBrowser } from '../../wxt.config';

/**
 * The reader's build (no bench marks), built into .bench/build-reader for `realPages`: what a page
 * pays for Sourcelight is measured on what the reader installs, not on a build that also calls
 * `performance.mark` at each step (too little to tell apart from noise, build against build).
 */
export default defineConfig({
  ...base,
  outDir: '.bench/build-reader',
  vite: (env) => viteForBrowser(env.browser),
});
