// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { FactCheckMatch } from '@/utils/factchecks/fact-check-schema';
import { buildReportModel } from '@/utils/report/report-model';
import { escapeMarkdown } from '@/utils/report/escape-markdown';
import { renderReportHtml } from '@/utils/report/render-html';
import { renderReportMarkdown } from '@/utils/report/render-markdown';
import { renderReportText } from '@/utils/report/render-text';
import { EVIL, tabStateFixture } from './report-fixture';

const match = (url: string, claimReviewed: string): FactCheckMatch => ({
  quoteId: 'q0',
  score: 0.9,
  sameSpeaker: true,
  factCheck: {
    url,
    claimReviewed,
    checker: 'Harbour Fact Desk',
    checkerUrl: null,
    verdict: 'Mostly false',
    date: '2025-03-20T08:00:00Z',
    claimant: 'Marta Quill',
    claimDate: null,
    appearanceUrl: null,
    sdPublisher: null,
    sdLicense: null,
  },
});

const state = {
  ...tabStateFixture(),
  factChecks: [match('https://desk.example/checks/vessels', `Every vessel was checked ${EVIL}`)],
};
const model = buildReportModel(state);
const LINE = 'Checked by Harbour Fact Desk — Mostly false (2025-03-20)';

describe('fact-check lines in the reports', () => {
  it('puts the fact-check under its claim in the model, and nowhere else', () => {
    const claims = model.speakers.flatMap((s) => s.claims);
    expect(claims.find((c) => c.text.startsWith('We checked'))?.factChecks).toEqual([
      {
        line: LINE,
        claimReviewed: `Every vessel was checked ${EVIL}`,
        url: 'https://desk.example/checks/vessels',
      },
    ]);
    expect(claims.filter((c) => c.factChecks.length)).toHaveLength(1);
  });

  it('shows the line, the reviewed claim as text and an http(s) link in HTML', () => {
    const doc = new DOMParser().parseFromString(renderReportHtml(model), 'text/html');
    expect(doc.body.textContent).toContain(`${LINE}: “Every vessel was checked <script>`);
    const link = [...doc.querySelectorAll('a')].find((a) => a.textContent === 'fact-check');
    expect(link?.getAttribute('href')).toBe('https://desk.example/checks/vessels');
    expect(doc.querySelectorAll('script')).toHaveLength(0);
  });

  it('writes the line in Markdown and text, with no link for a non-http address', () => {
    expect(renderReportMarkdown(model)).toContain(`**${escapeMarkdown(LINE)}**`);
    expect(renderReportText(model)).toContain(`    ${LINE}: “Every vessel was checked`);
    const hostile = buildReportModel({
      ...state,
      factChecks: [
        {
          ...match('https://desk.example/x', 'x'),
          factCheck: { ...match('', 'x').factCheck, url: 'javascript:void(9)' },
        },
      ],
    });
    expect(renderReportMarkdown(hostile)).not.toContain('void(9)');
    expect(renderReportText(hostile)).not.toContain('void(9)');
  });
});
