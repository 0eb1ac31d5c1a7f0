/**
 * Where the built page session is (`entrypoints/page-session.ts`): the file the content script
 * imports, the manifest makes web-accessible and the build starts with the compile hint.
 */
export const PAGE_SESSION_FILE = 'page-session.js';
