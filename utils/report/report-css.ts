/** The report's only styles: inline, readable on screen (light or dark) and printed. */
export const REPORT_CSS = `
:root { color-scheme: light dark; --fg: #1f2328; --muted: #57606a; --bg: #fff; --line: #d0d7de; --link: #0550ae; --mark: #9a6700; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6edf3; --muted: #9da7b3; --bg: #0d1117; --line: #3d444d; --link: #79c0ff; --mark: #e3b341; } }
body { margin: 0 auto; max-width: 46rem; padding: 1.5rem; font: 1rem/1.5 Georgia, 'Times New Roman', serif; color: var(--fg); background: var(--bg); }
h1 { font-size: 1.6rem; line-height: 1.25; margin: 0 0 0.5rem; }
h2 { font-size: 1.2rem; border-bottom: 1px solid var(--line); padding-bottom: 0.2rem; margin: 1.75rem 0 0.6rem; }
h3 { font-size: 1.05rem; margin: 1rem 0 0.3rem; }
a { color: var(--link); overflow-wrap: anywhere; }
ul, ol { padding-left: 1.3rem; }
li { margin: 0.35rem 0; }
.meta, .why, .note { color: var(--muted); }
.meta { font-size: 0.9rem; }
.tag { font: 600 0.75rem/1.4 system-ui, sans-serif; border: 1px solid var(--line); border-radius: 1rem; padding: 0 0.45rem; white-space: nowrap; }
.term { color: var(--mark); }
.loaded { color: var(--mark); font-weight: 600; }
header p { margin: 0.2rem 0; }
footer { margin-top: 2rem; border-top: 1px solid var(--line); padding-top: 0.5rem; font-size: 0.85rem; color: var(--muted); }
@media print {
  :root { --fg: #000; --muted: #333; --bg: #fff; --link: #000; --mark: #000; }
  body { max-width: none; padding: 0; font-size: 11pt; }
  h2, h3 { break-after: avoid; }
  li, section > div { break-inside: avoid; }
  a[href]:not(.bare)::after { content: " <" attr(href) ">"; font-size: 0.85em; }
}
`;
