/**
 * happy-dom (the CLI's DOM) loses the rest of a page after a `<style>` or `<script>` with a closing
 * tag inside an inline `<svg>`: it compares the SVG element's lower-case tag name with the upper-case
 * end tag and never leaves raw-text mode (https://github.com/capricorn86/happy-dom/issues/2231).
 * Browsers parse such pages whole (an icon sprite with its own CSS is common in site headers), so
 * the CLI drops those elements before parsing: they style or script an icon and hold no text a
 * reader reads.
 */

const SVG = /<svg\b[\s\S]*?<\/svg\s*>/gi;
const RAW_TEXT = /<(style|script)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;

/** The page's HTML without `<style>` and `<script>` elements inside inline SVG. */
export function stripSvgRawText(html: string): string {
  return html.replace(SVG, (svg) => svg.replace(RAW_TEXT, ''));
}
