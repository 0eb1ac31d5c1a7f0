import { describe, expect, it } from 'vitest';
import { withHtmlDocument } from '@/utils/cli/html-document';
import { stripSvgRawText } from '@/utils/cli/svg-raw-text';

const icon =
  '<svg viewBox="0 0 10 10"><defs><style>.dot{fill:#c00}</style></defs><circle class="dot" r="4"/></svg>';

describe('reading a saved page in the CLI', () => {
  it('keeps the text after an inline SVG icon with its own <style>', async () => {
    const html = `<html><body><header>${icon}</header><p>The ferry left the harbour at dawn.</p></body></html>`;
    const text = await withHtmlDocument(html, (doc) => doc.body.textContent);
    expect(text).toContain('The ferry left the harbour at dawn.');
  });

  it('keeps the text after an SVG with a <script>, and the SVG drawing itself', async () => {
    const html = `<body><svg><script>var x = 1;</script><rect width="2"/></svg><p>Second story.</p></body>`;
    const [text, rects] = await withHtmlDocument(
      html,
      (doc) => [doc.body.textContent, doc.querySelectorAll('rect').length] as const,
    );
    expect(text).toContain('Second story.');
    expect(rects).toBe(1);
  });

  it('leaves <style> and <script> outside SVG alone', () => {
    const html = '<head><style>p{color:red}</style></head><body><script>go()</script></body>';
    expect(stripSvgRawText(html)).toBe(html);
    expect(stripSvgRawText(`${icon}<style>p{}</style>`)).toBe(
      '<svg viewBox="0 0 10 10"><defs></defs><circle class="dot" r="4"/></svg><style>p{}</style>',
    );
  });
});
