import { escapeMarkdown as md } from './escape-markdown';
import { formatDate } from './format-date';
import type { ReportModel } from './report-model';

// The <…> destination form keeps parentheses in the address from ending the link; safeUrl already
// percent-encoded spaces and angle brackets, and a backslash could still escape the closing ">".
const link = (label: string, url: string | null): string =>
  url ? `[${md(label)}](<${url.replace(/\\/g, '%5C')}>)` : md(label);

/** The report as Markdown: every piece of page text escaped, links only to http(s) addresses. */
export function renderReportMarkdown(m: ReportModel): string {
  const out: string[] = [
    `# ${md(m.title)}`,
    '',
    `- Address: ${m.url ? link(m.url, m.url) : md(m.pageAddress || 'Bundled demo article')}`,
    `- Analysed: ${formatDate(m.analysedAt)}`,
    '',
    '## Outlet',
    '',
  ];
  if (m.outlet) {
    const o = m.outlet;
    out.push(`**${md(o.name)}** · ${[o.domain, o.facts].filter(Boolean).map(md).join(' · ')}`, '');
    for (const line of o.what) out.push(`**${md(line)}**`, '');
    if (o.source) out.push(`_${md(o.source)}_`, '');
    if (o.notes) out.push(md(o.notes), '');
    // The references' status is a details line, not a badge beside the name.
    out.push(`Details: ${md(o.checks)}`, '');
    for (const r of o.references) out.push(`- ${link(r.label, r.url)}`);
    if (o.references.length) out.push('');
  } else out.push('Your source library has no profile of this outlet.', '');

  out.push(`## Claims by speaker (${m.speakers.reduce((n, s) => n + s.claims.length, 0)})`, '');
  if (!m.speakers.length) out.push('No quoted or reported claims found.', '');
  for (const s of m.speakers) {
    out.push(`### ${md(s.name)} (${s.attribution})`, '');
    if (s.role) out.push(`*${md(s.role)}*`, '');
    for (const c of s.claims) {
      const text = c.kind === 'direct quote' ? `“${md(c.text)}”` : md(c.text);
      const cue = c.cue
        ? `cue “${md(c.cue)}”${c.cueNeutral ? '' : ' (not neutral)'}`
        : 'no attribution cue';
      out.push(
        `- ${text} — ${c.kind}, ${cue}${c.mention ? `, referred to here as “${md(c.mention)}”` : ''}`,
      );
      for (const f of c.factChecks) {
        out.push(
          `  - **${md(f.line)}**: “${md(f.claimReviewed)}” ${f.url ? link('fact-check', f.url) : ''}`.trimEnd(),
        );
      }
    }
    out.push('');
  }

  out.push(`## Loaded terms (${m.termCount})`, '');
  if (!m.terms.length) out.push('No loaded terms found.', '');
  for (const t of m.terms) {
    out.push(`### ${md(t.text)} (${md(t.category)})`, '', md(t.why), '');
    if (t.alternative) out.push(`Neutral alternative: **${md(t.alternative)}**`, '');
    for (const o of t.occurrences) out.push(`- “${md(o.text)}” — ${md(o.voice)}`);
    out.push('');
  }

  out.push(`## Sourcing notes (${m.sourcing.length})`, '');
  if (!m.sourcing.length) out.push('No vague sourcing found.');
  for (const s of m.sourcing) out.push(`- “${md(s.text)}” (${md(s.kind)}): ${md(s.why)}`);
  out.push('');

  out.push(`## Independent sources (${m.sources.length})`, '');
  if (!m.sources.length) out.push('Nothing in your source library matches this article.');
  m.sources.forEach((s, i) => {
    const meta = s.meta ? ` — ${md(s.meta)}` : '';
    out.push(`${i + 1}. ${link(s.title, s.url)} (${md(s.status)})${meta}  `, `   ${md(s.finding)}`);
    if (s.urlNote) out.push(`   *${md(s.urlNote)}*`);
    if (s.reasons.length) out.push(`   Why it matches: ${md(s.reasons.join('; '))}`);
  });
  out.push('', '---', '', footerNote(m));
  return `${out.join('\n')}\n`;
}

/** The closing note shared by the Markdown and text reports. */
export function footerNote(m: ReportModel): string {
  const dismissed = m.dismissedCount
    ? ` ${m.dismissedCount} finding${m.dismissedCount === 1 ? '' : 's'} the reader dismissed as wrong ${m.dismissedCount === 1 ? 'is' : 'are'} left out.`
    : '';
  return `Made by Sourcelight in the reader's browser. Findings are automatic pointers for a careful reading, not verdicts.${dismissed}`;
}
