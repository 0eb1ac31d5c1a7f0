import { describe, expect, it, vi } from 'vitest';
import { analyzeText } from '@/utils/analysis/analyze-text';
import { describeFinding } from '@/utils/page/describe-finding';
import { enclosingFindings } from '@/utils/page/enclosing-findings';
import { createFindingCard } from '@/utils/page/finding-card';
import { findingAt, findingsOf } from '@/utils/page/findings';
import { makeDocument } from '../article/dom';

// Written for this test: a vague source inside a quote.
const text =
  'Marta Quill, the harbour master, spoke on Friday. “Officials said the so-called leak was a pretext,” she said.';
const analysis = analyzeText(text);
const findings = findingsOf(analysis);

describe('a passage covered by two findings', () => {
  it('gives the enclosing findings of the innermost one, innermost first', () => {
    const inner = findingAt(findings, text.indexOf('so-called') + 2)!;
    expect(inner.kind).toBe('term');
    const outer = enclosingFindings(findings, inner);
    expect(outer.map((f) => f.kind)).toContain('quote');
    const sizes = outer.map((f) => f.end - f.start);
    expect(sizes).toEqual([...sizes].sort((a, b) => a - b));
    expect(enclosingFindings(findings, outer.at(-1)!)).toEqual([]);
  });

  it('shows both on one card, stacked, each with its own actions, as text only', () => {
    // The card places itself in the window; Node has none.
    vi.stubGlobal('innerHeight', 800);
    vi.stubGlobal('innerWidth', 1200);
    const doc = makeDocument('<html><body></body></html>');
    const card = createFindingCard(doc);
    const inner = findingAt(findings, text.indexOf('so-called') + 2)!;
    const quote = enclosingFindings(findings, inner).find((f) => f.kind === 'quote')!;
    const hit: string[] = [];
    const entry = (id: string, labels?: { show: string; dismiss: string }) => ({
      description: describeFinding(
        analysis,
        findings.find((f) => f.id === id)!,
      )!,
      actions: {
        showInPanel: () => hit.push(`show ${id}`),
        dismiss: () => hit.push(`dismiss ${id}`),
      },
      labels,
    });
    card.show(
      [
        entry(inner.id),
        entry(quote.id, { show: 'Show the claim in panel', dismiss: 'Dismiss the claim' }),
      ],
      { top: 10, bottom: 20, left: 10 } as DOMRect,
    );
    const sections = card.host.shadowRoot!.querySelectorAll('section');
    expect([...sections].map((s) => s.querySelector('h2')!.textContent)).toEqual([
      'Doubt marker: “so-called”',
      'Direct quote',
    ]);
    const buttons = [...card.host.shadowRoot!.querySelectorAll('button')];
    expect(buttons.map((b) => b.textContent)).toEqual([
      'Show in panel',
      'Dismiss flag',
      'Show the claim in panel',
      'Dismiss the claim',
    ]);
    buttons[2]!.click();
    expect(hit).toEqual([`show ${quote.id}`]);
  });
});
