// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { escapeHtml } from '@/utils/report/escape-html';
import { escapeMarkdown } from '@/utils/report/escape-markdown';
import { safeUrl } from '@/utils/report/safe-url';

describe('escapeHtml', () => {
  it('turns markup into text', () => {
    expect(escapeHtml(`<script>alert("x")</script>`)).toBe(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;',
    );
    expect(escapeHtml(`' onmouseover='alert(1)`)).toBe('&#39; onmouseover=&#39;alert(1)');
    expect(escapeHtml('&lt;already escaped&gt;')).toBe('&amp;lt;already escaped&amp;gt;');
  });

  it('cannot be broken out of in a parsed document, text or attribute', () => {
    const hostile = `"><img src=x onerror=alert(1)>'</title></style><!-- \`${'\u0000'}`;
    const doc = new DOMParser().parseFromString(
      `<p title="${escapeHtml(hostile)}" data-x='${escapeHtml(hostile)}'>${escapeHtml(hostile)}</p>`,
      'text/html',
    );
    expect(doc.querySelectorAll('img, script, style')).toHaveLength(0);
    const p = doc.querySelector('p')!;
    const shown = hostile.replace('\u0000', '\ufffd');
    expect(p.textContent).toBe(shown);
    expect(p.getAttribute('title')).toBe(shown);
    expect(p.getAttribute('data-x')).toBe(shown);
  });

  it('replaces control characters and lone surrogates, keeps real emoji', () => {
    expect(escapeHtml('a\u0007b\ud800c 👍')).toBe('a\ufffdb\ufffdc 👍');
  });
});

describe('escapeMarkdown', () => {
  it('escapes every character that could start inline markup', () => {
    expect(escapeMarkdown('[x](javascript:alert(1)) *b* _i_ `c` <b> # h | ~s~ &amp;')).toBe(
      '\\[x\\]\\(javascript:alert\\(1\\)\\) \\*b\\* \\_i\\_ \\`c\\` \\<b\\> \\# h \\| \\~s\\~ \\&amp;',
    );
  });

  it('keeps page text on one line so it cannot start a heading or end a list item', () => {
    expect(escapeMarkdown('one\n\n# two\r\n- three')).toBe('one \\# two - three');
  });

  it('escapes a list marker at the start, and leaves ordinary punctuation alone', () => {
    expect(escapeMarkdown('- a')).toBe('\\- a');
    expect(escapeMarkdown('1990. A year')).toBe('1990\\. A year');
    expect(escapeMarkdown('state-funded, e.g. here')).toBe('state-funded, e.g. here');
  });
});

describe('safeUrl', () => {
  it('keeps http(s) and drops every other scheme', () => {
    expect(safeUrl('https://a.example/x y?q=<b>')).toBe('https://a.example/x%20y?q=%3Cb%3E');
    for (const bad of [
      'javascript:alert(1)',
      'data:text/html,x',
      'file:///etc/passwd',
      ' ',
      null,
      'http://',
    ]) {
      expect(safeUrl(bad)).toBeNull();
    }
  });
});
