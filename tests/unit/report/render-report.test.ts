// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { buildReportModel } from '@/utils/report/report-model';
import { renderReportHtml } from '@/utils/report/render-html';
import { renderReportMarkdown } from '@/utils/report/render-markdown';
import { renderReportText } from '@/utils/report/render-text';
import { reportFileName } from '@/utils/report/report-file-name';
import { outletWording } from '@/utils/library/outlet-wording';
import { outletForDomain } from '@/utils/library/outlet-profile';
import { STATE_MEDIA_CREDIT } from '@/utils/library/state-media-lookup';
import { freshDb } from '../db/db-helpers';
import { EVIL, tabStateFixture } from './report-fixture';

const model = buildReportModel(tabStateFixture());

describe('renderReportHtml', () => {
  const html = renderReportHtml(model);
  const doc = new DOMParser().parseFromString(html, 'text/html');

  it('contains no script, no event handler and no external resource', () => {
    expect(html).not.toMatch(/<script/i);
    expect(
      doc.querySelectorAll('script, img, iframe, object, embed, link, base, form'),
    ).toHaveLength(0);
    for (const el of doc.querySelectorAll('*')) {
      for (const attr of el.attributes) expect(attr.name).not.toMatch(/^on/i);
    }
    expect(
      doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content'),
    ).toContain("default-src 'none'");
  });

  it('shows hostile page text as text', () => {
    expect(doc.querySelector('h1')?.textContent).toBe(`Port authority rejects claims ${EVIL}`);
    expect(doc.body.textContent).toContain('Samples matched the fuel of one tanker. <script>');
  });

  it('links only to http(s) addresses', () => {
    const hrefs = [...doc.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual([
      'https://courier.example/news/spill?id=4',
      'https://council.example/ruling?a=1&b=2',
      'https://lab.example/reports/4',
    ]);
    expect(doc.body.textContent).toContain('Hostile reference');
    expect(doc.body.textContent).toContain('A document with a data link');
  });

  it('has every section: title, address, date, outlet, claims, terms, sourcing, sources', () => {
    const text = doc.body.textContent ?? '';
    expect([...doc.querySelectorAll('h2')].map((h) => h.textContent)).toEqual([
      'Outlet',
      'Claims by speaker (2)',
      'Loaded terms (1 distinct term, 1 occurrence)',
      'Sourcing notes (1)',
      'Independent sources (2)',
    ]);
    expect(text).toContain('Analysed 2025-03-14 09:05 UTC');
    expect(text).toContain('State-funded broadcaster');
    expect(text).toContain('Marta Quill named');
    expect(text).toContain('harbour master');
    expect(text).toContain('cue “told”');
    expect(text).toContain('a source close to the investigation anonymous');
    expect(text).toContain('cue “claimed” (not neutral)');
    expect(text).toContain('So-called hints that a name is false.');
    expect(text).toContain('Neutral alternative: called');
    expect(text).toContain('quoted from Marta Quill');
    expect(text).toContain('Nobody is named.');
    expect(text).toContain('Why it matches: mentions the harbour spill');
    expect(html).toContain('@media print');
  });

  it('leaves out findings the reader dismissed, and says so', () => {
    const dismissed = buildReportModel(tabStateFixture({ dismissed: ['term|so-called|0'] }));
    const text = new DOMParser().parseFromString(renderReportHtml(dismissed), 'text/html').body
      .textContent;
    expect(text).toContain('Loaded terms (0 distinct terms, 0 occurrences)');
    expect(text).toContain('1 finding the reader dismissed as wrong is left out.');
  });
});

describe('renderReportMarkdown', () => {
  const markdown = renderReportMarkdown(model);

  it('escapes page text and links only to http(s)', () => {
    expect(markdown).toContain(
      '# Port authority rejects claims \\<script\\>alert\\(1\\)\\</script\\>',
    );
    expect(markdown).not.toMatch(/[^\\]\[link\]\(javascript/);
    expect(markdown).not.toContain('](<javascript');
    expect(markdown).not.toContain('](<data');
    expect(markdown).toContain(
      '[Independent laboratory report on the harbour samples](<https://lab.example/reports/4>)',
    );
  });

  it('has every section', () => {
    for (const heading of [
      '## Outlet',
      '## Claims by speaker (2)',
      '### Marta Quill (named)',
      '## Loaded terms (1 distinct term, 1 occurrence)',
      '## Sourcing notes (1)',
      '## Independent sources (2)',
    ]) {
      expect(markdown).toContain(heading);
    }
    expect(markdown).toContain('Neutral alternative: **called**');
    expect(markdown).toContain('- Analysed: 2025-03-14 09:05 UTC');
  });
});

describe('renderReportText', () => {
  it('is plain text with each section, page text kept as it is', () => {
    const text = renderReportText(model);
    expect(text).toContain(`Port authority rejects claims ${EVIL}`);
    expect(text).toContain('Marta Quill (named, harbour master)');
    expect(text).toContain('“so-called” (doubt marker, 1×: quoted from Marta Quill)');
    expect(text).toContain('SOURCING NOTES (1)');
    expect(text).toContain('   https://lab.example/reports/4');
    expect(text).not.toContain('data:text/html');
  });
});

describe('the outlet line', () => {
  const fixture = tabStateFixture();

  it('says what the outlet is in the panel’s words; the references’ status is a details line', () => {
    const words = outletWording(fixture.outlet!);
    const html = new DOMParser().parseFromString(renderReportHtml(model), 'text/html');
    const outlet = html.querySelector('h2 + h3')!;
    // The name alone: no status badge beside it.
    expect(outlet.textContent).toBe(fixture.outlet!.name);
    expect(outlet.parentElement!.textContent).not.toContain('Secondary');
    const lines = [...html.querySelectorAll('p')].map((p) => p.textContent);
    expect(lines).toContain('State-funded broadcaster');
    expect(lines).toContain('courier.example · Owner: Courier Group');
    expect(lines).toContain('Your own profile');
    expect(lines).toContain(words.checks);
    expect(words.checks).toMatch(/^References of this profile: secondary/);

    const markdown = renderReportMarkdown(model);
    expect(markdown).toContain('· courier.example · Owner: Courier Group\n');
    expect(markdown).not.toMatch(/\(Secondary\)/);
    expect(markdown).toContain('**State-funded broadcaster**');
    expect(markdown).toContain('\nDetails: References of this profile: secondary');

    const text = renderReportText(model);
    expect(text).toContain(`OUTLET: ${fixture.outlet!.name} — courier.example\n`);
    expect(text).toContain('\nState-funded broadcaster\nOwner: Courier Group\nYour own profile\n');
    expect(text).toContain('\nDetails: References of this profile: secondary');
    expect(text).not.toContain('(Secondary)');
  });

  it('credits the dataset when the profile comes from the state-media table', async () => {
    const profile = await outletForDomain(freshDb(), 'www.globaltimes.cn');
    expect(profile?.origin).toBe('dataset');
    const m = buildReportModel({ ...fixture, outlet: profile });
    const words = outletWording(profile!);
    expect(m.outlet).toMatchObject({ what: words.what, facts: words.facts, source: words.source });
    const credit = `Classification: ${STATE_MEDIA_CREDIT}`;
    expect(words.source).toBe(credit);
    expect(words.what[0]).toMatch(/^State-controlled: the state funds it/);

    const html = new DOMParser().parseFromString(renderReportHtml(m), 'text/html');
    const lines = [...html.querySelectorAll('p')].map((p) => p.textContent);
    expect(lines).toContain(words.what[0]);
    expect(lines).toContain(credit);
    expect(lines).toContain(`${profile!.matchedDomain} · ${words.facts}`);
    expect(html.querySelector('h2 + h3')?.textContent).toBe(profile!.name);

    expect(renderReportText(m)).toContain(`\n${words.what[0]}\n${words.facts}\n${credit}\n`);
    const markdown = renderReportMarkdown(m);
    expect(markdown).toContain(`**${words.what[0]}**`);
    expect(markdown).toContain('State Media Monitor');
    expect(markdown).toContain('Details: References of this profile:');
  });
});

describe('reportFileName', () => {
  it('is a safe, readable file name', () => {
    expect(
      reportFileName(
        'Port authority: <rejects> claims / “spill”',
        'courier.example',
        new Date(Date.UTC(2025, 2, 14)),
        'html',
      ),
    ).toBe('sourcelight-courier.example-port-authority-rejects-claims-spill-2025-03-14.html');
    expect(reportFileName('../../etc', '', new Date(NaN), 'md')).toBe('sourcelight-etc.md');
  });
});
