/**
 * V8's per-file compile hint (Chromium 136+), the first line of the page scripts in Chromium builds
 * (the content script and the page session it loads; a Vite plugin in `wxt.config.ts`): every
 * function of the file is compiled with the file, not lazily the first time each runs. The page
 * session runs most of its functions on every article page, and lazily each was parsed twice and
 * compiled on the page's main thread in the middle of its run (README, issue 18, twelfth
 * session). Other engines read it as a comment.
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';
