const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};

// C0 controls other than tab/newline, and lone surrogates, would make the file invalid or confusing.
const UNSAFE =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Page text made safe for HTML text and double- or single-quoted attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(UNSAFE, '\ufffd').replace(/[&<>"'`]/g, (c) => ENTITIES[c] ?? c);
}
