// Every ASCII punctuation character CommonMark lets a backslash escape that can start markup.
const CONTROL = /[\\`*_{}[\]()#+\-.!|<>~&=:"']/g;

/**
 * Page text made inert in Markdown: control characters are backslash-escaped and line breaks
 * become spaces, so a quote cannot end a list item or start a heading, link or HTML block.
 */
export function escapeMarkdown(value: string): string {
  return value.replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ').replace(CONTROL, (c) => `\\${c}`);
}
