// Characters that start or end inline markup anywhere in a line (CommonMark + GFM tables/strikes).
const INLINE = /[\\`*_{}[\]()#|<>~&]/g;

/**
 * Page text made inert in Markdown: inline control characters are backslash-escaped, a leading
 * list or block marker is escaped, and line breaks become spaces, so a quote cannot end a list item
 * or start a heading, link, image or HTML block. Periods and hyphens elsewhere stay as they are.
 */
export function escapeMarkdown(value: string): string {
  return value
    .replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ')
    .replace(INLINE, (c) => `\\${c}`)
    .replace(/^(\s*)([-+=])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}
