import { describe, expect, it } from 'vitest';
import { analyzeText } from '@/utils/analysis/analyze-text';
import { describeFinding } from '@/utils/page/describe-finding';
import { findingsOf } from '@/utils/page/findings';
import { termCountText } from '@/utils/panel/term-count';
import { buildReportModel } from '@/utils/report/report-model';
import { renderReportMarkdown } from '@/utils/report/render-markdown';
import { tabStateFixture } from '../report/report-fixture';

describe('termCountText', () => {
  it('counts distinct terms and occurrences the same way everywhere', () => {
    const analysis = analyzeText(
      'The so-called plan failed. Critics called the so-called vote a pretext. The so-called deal died.',
    );
    expect(analysis.terms.map((t) => t.text.toLowerCase())).toEqual([
      'so-called',
      'so-called',
      'pretext',
      'so-called',
    ]);
    expect(termCountText(analysis.terms)).toBe('2 distinct terms, 4 occurrences');
    expect(termCountText(analysis.terms.slice(0, 1))).toBe('1 distinct term, 1 occurrence');
    const state = tabStateFixture();
    state.report.analysis = analysis;
    const model = buildReportModel(state);
    expect(model.termCount).toBe('2 distinct terms, 4 occurrences');
    expect(renderReportMarkdown(model)).toContain(
      '## Loaded terms (2 distinct terms, 4 occurrences)',
    );
  });
});

describe('speaker wording', () => {
  it('never says "named" for a speaker the article calls by a pronoun', () => {
    const analysis = analyzeText(
      'Marta Quill, the harbour master, said the oil was old. “We checked every vessel,” she told reporters.',
    );
    const quote = findingsOf(analysis).filter((f) => f.kind === 'quote')[1]!;
    const lines = describeFinding(analysis, quote)!.lines;
    expect(lines).toContainEqual({ label: 'Referred to here as', value: 'she' });
    expect(lines.map((l) => l.label)).not.toContain('Named here as');
    const state = tabStateFixture();
    state.report.analysis = analysis;
    const md = renderReportMarkdown(buildReportModel(state));
    expect(md).toContain('referred to here as “she”');
    expect(md).not.toContain('named here as');
  });
});
