/** Whether the page has painted (as it usually has by document_idle). */
export const hasPainted = (): boolean =>
  typeof performance.getEntriesByType === 'function' &&
  performance.getEntriesByType('paint').length > 0;

/**
 * Fewer elements than this copy in well under a millisecond (a 2,000-word article of paragraphs
 * alone: half a millisecond), too little to hold back the page's first paint for.
 */
const SMALL_PAGE_ELEMENTS = 1_000;

/**
 * Whether the page may be copied for the extension now: it has painted, or its copy is cheap.
 * Copying a large page that has not painted yet would hold back what the reader sees.
 */
export const readyToCopy = (doc: Document): boolean =>
  hasPainted() || doc.getElementsByTagName('*').length < SMALL_PAGE_ELEMENTS;
