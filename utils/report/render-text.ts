import { formatDate } from './format-date';
import type { ReportModel } from './report-model';
import { footerNote } from './render-markdown';

/** The report as plain text for pasting into a class chat: short lines, no markup to escape. */
export function renderReportText(m: ReportModel): string {
  const out: string[] = [
    m.title,
    m.url ?? (m.pageAddress || 'Bundled demo article'),
    `Analysed ${formatDate(m.analysedAt)}`,
  ];
  if (m.outlet) {
    const o = m.outlet;
    out.push('', `OUTLET: ${o.name} — ${o.domain}`, ...o.what);
    if (o.facts) out.push(o.facts);
    if (o.source) out.push(o.source);
    if (o.notes) out.push(o.notes);
    // The references' status is a details line, not a badge beside the name.
    out.push(`Details: ${o.checks}`);
  }
  out.push('', `CLAIMS BY SPEAKER (${m.speakers.reduce((n, s) => n + s.claims.length, 0)})`);
  if (!m.speakers.length) out.push('None found.');
  for (const s of m.speakers) {
    out.push(`${s.name} (${s.attribution}${s.role ? `, ${s.role}` : ''})`);
    for (const c of s.claims) {
      const text = c.kind === 'direct quote' ? `“${c.text}”` : c.text;
      const cue = c.cue ? `cue “${c.cue}”${c.cueNeutral ? '' : ' (not neutral)'}` : 'no cue';
      out.push(`  - ${text} [${c.kind}, ${cue}${c.mention ? `, as “${c.mention}”` : ''}]`);
      for (const f of c.factChecks) {
        out.push(`    ${f.line}: “${f.claimReviewed}”${f.url ? ` ${f.url}` : ''}`);
      }
    }
  }
  out.push('', `LOADED TERMS (${m.termCount})`);
  if (!m.terms.length) out.push('None found.');
  for (const t of m.terms) {
    const voices = [...new Set(t.occurrences.map((o) => o.voice))].join('; ');
    out.push(
      `- “${t.text}” (${t.category}, ${t.occurrences.length}×: ${voices})`,
      `  Why: ${t.why}`,
    );
    if (t.alternative) out.push(`  Neutral: ${t.alternative}`);
  }
  out.push('', `SOURCING NOTES (${m.sourcing.length})`);
  if (!m.sourcing.length) out.push('None found.');
  for (const s of m.sourcing) out.push(`- “${s.text}” (${s.kind}): ${s.why}`);
  out.push('', `INDEPENDENT SOURCES (${m.sources.length})`);
  if (!m.sources.length) out.push('Nothing in the library matches.');
  m.sources.forEach((s, i) => {
    out.push(
      `${i + 1}. ${s.title} (${s.status})${s.meta ? ` — ${s.meta}` : ''}`,
      `   ${s.finding}`,
    );
    if (s.url) out.push(`   ${s.url}`);
  });
  out.push('', footerNote(m));
  return `${out.join('\n')}\n`;
}
