/** Where and when the content script runs, in every browser's build. */
export const CONTENT_SCRIPT_OPTIONS: {
  matches: string[];
  runAt: 'document_idle';
  noScriptStartedPostMessage: boolean;
} = {
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // WXT would also announce the script to the page with `window.postMessage`: every message
  // listener of the page would run for it, and the page could tell Sourcelight is installed.
  noScriptStartedPostMessage: true,
};
