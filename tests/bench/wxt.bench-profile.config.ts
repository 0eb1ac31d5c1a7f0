import { defineConfig } from 'wxt';
import base, { viteForBrowser } from '../../wxt.config';
import { MARKS } from './bench-marks-define';

/** An unminified build for `npm run bench -- --profile`, so CPU profiles name the product's functions. */
export default defineConfig({
  ...base,
  outDir: '.bench/build-profile',
  vite: (env) => ({ ...viteForBrowser(env.browser), build: { minify: false }, define: MARKS }),
});
