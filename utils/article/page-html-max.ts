/**
 * The largest page HTML (in characters) sent to be parsed elsewhere; a larger page is parsed on
 * its own main thread as before (copying it between contexts would cost more than it saves).
 */
export const PAGE_HTML_MAX = 8_000_000;
