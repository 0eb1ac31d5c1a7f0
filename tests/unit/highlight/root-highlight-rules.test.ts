import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rootHighlightRules } from '@/utils/highlight/root-highlight-rules';

describe('the highlight stylesheet for Chromium', () => {
  it('scopes every ::highlight() rule of the file to :root, once', () => {
    const css = readFileSync('assets/highlight.css', 'utf8');
    const rules = css.match(/::highlight\(/g)!.length;
    const scoped = rootHighlightRules(css);
    expect(scoped.match(/:root::highlight\(/g)).toHaveLength(rules);
    expect(scoped.match(/(?<!:root)::highlight\(/g)).toBeNull();
    expect(rootHighlightRules(scoped)).toBe(scoped);
  });

  it('works on the file as a JS string too (the `?raw` import), and leaves the rest alone', () => {
    const js =
      'export default "/* note */\\n::highlight(a) { color: red }\\n.x::before { content: \\"\\" }";';
    expect(rootHighlightRules(js)).toBe(
      'export default "/* note */\\n:root::highlight(a) { color: red }\\n.x::before { content: \\"\\" }";',
    );
  });
});
