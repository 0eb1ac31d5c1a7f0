import { defineConfig } from 'wxt';
import base, { viteForBrowser } from '../../wxt.config';
import { MARKS } from './bench-marks-define';

/** The product's own config, built into .bench/build so the bench never touches `.output/`. */
export default defineConfig({
  ...base,
  outDir: '.bench/build',
  vite: (env) => ({ ...viteForBrowser(env.browser), define: MARKS }),
});
