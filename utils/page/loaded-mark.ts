import { benchMark } from './bench-mark';

/**
 * Imported first by the page session (`entrypoints/page-session.ts`, which the content script
 * loads): marks the moment its code starts to run, before the other modules evaluate, so that
 * `npm run bench` can tell the script's own start-up from the page's work that ran in the same task.
 */
benchMark('loaded');
