/**
 * The largest page HTML (in characters) sent to the extension to find the article in; Chrome
 * refuses messages over 64 MiB, and no news page comes near this. A larger page is not read.
 */
export const PAGE_HTML_MAX = 32_000_000;
