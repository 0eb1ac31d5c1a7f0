import { escapeHtml as e } from './escape-html';
import { formatDate } from './format-date';
import { REPORT_CSS } from './report-css';
import type { ReportModel } from './report-model';

// Nothing in the file may run or load: no scripts, no external resources, even if a bug let markup in.
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'";

const link = (label: string, url: string | null): string =>
  url
    ? `<a href="${e(url)}"${label === url ? ' class="bare"' : ''} rel="noopener noreferrer">${e(label)}</a>`
    : e(label);
const section = (title: string, body: string): string =>
  `<section>\n<h2>${e(title)}</h2>\n${body}\n</section>`;
const list = (items: string[], tag: 'ul' | 'ol' = 'ul'): string =>
  `<${tag}>\n${items.map((i) => `<li>${i}</li>`).join('\n')}\n</${tag}>`;
const empty = (text: string): string => `<p class="note">${e(text)}</p>`;

/** The report as one self-contained HTML file: inline styles only, no script, every page string escaped. */
export function renderReportHtml(m: ReportModel): string {
  const outlet = m.outlet
    ? [
        `<h3>${e(m.outlet.name)}</h3>`,
        ...m.outlet.what.map((line) => `<p><strong>${e(line)}</strong></p>`),
        `<p class="meta">${[m.outlet.domain, m.outlet.facts]
          .filter(Boolean)
          .map((x) => e(x))
          .join(' · ')}</p>`,
        m.outlet.source ? `<p class="meta">${e(m.outlet.source)}</p>` : '',
        m.outlet.notes ? `<p>${e(m.outlet.notes)}</p>` : '',
        // The references' status is a details line, not a badge beside the name.
        `<p class="meta">${e(m.outlet.checks)}</p>`,
        m.outlet.references.length
          ? list(m.outlet.references.map((r) => link(r.label, r.url)))
          : '',
      ].join('\n')
    : empty('Your source library has no profile of this outlet.');

  const claims = m.speakers.length
    ? m.speakers
        .map((s) =>
          [
            `<div>\n<h3>${e(s.name)} <span class="tag">${s.attribution}</span></h3>`,
            s.role ? `<p class="meta">${e(s.role)}</p>` : '',
            list(
              s.claims.map((c) => {
                const cue = c.cue
                  ? ` · cue <span class="${c.cueNeutral ? '' : 'loaded'}">“${e(c.cue)}”</span>${c.cueNeutral ? '' : ' (not neutral)'}`
                  : ' · no attribution cue';
                const as = c.mention ? ` · referred to here as “${e(c.mention)}”` : '';
                const text = c.kind === 'direct quote' ? `“${e(c.text)}”` : e(c.text);
                const checks = c.factChecks
                  .map(
                    (f) =>
                      `<br><strong>${e(f.line)}</strong>: “${e(f.claimReviewed)}”${f.url ? ` ${link('fact-check', f.url)}` : ''}`,
                  )
                  .join('');
                return `${text}<br><span class="meta">${c.kind}${cue}${as}</span>${checks}`;
              }),
            ),
            '</div>',
          ].join('\n'),
        )
        .join('\n')
    : empty('No quoted or reported claims found.');

  const terms = m.terms.length
    ? m.terms
        .map((t) =>
          [
            `<div>\n<h3><span class="term">${e(t.text)}</span> <span class="tag">${e(t.category)}</span></h3>`,
            `<p class="why">${e(t.why)}</p>`,
            t.alternative ? `<p>Neutral alternative: <strong>${e(t.alternative)}</strong></p>` : '',
            list(
              t.occurrences.map((o) => `“${e(o.text)}” <span class="meta">${e(o.voice)}</span>`),
            ),
            '</div>',
          ].join('\n'),
        )
        .join('\n')
    : empty('No loaded terms found.');

  const sourcing = m.sourcing.length
    ? list(
        m.sourcing.map(
          (s) =>
            `“${e(s.text)}” <span class="tag">${e(s.kind)}</span><br><span class="why">${e(s.why)}</span>`,
        ),
      )
    : empty('No vague sourcing found.');

  const sources = m.sources.length
    ? list(
        m.sources.map((s) =>
          [
            `<strong>${link(s.title, s.url)}</strong> <span class="tag">${e(s.status)}</span>`,
            s.meta ? `<br><span class="meta">${e(s.meta)}</span>` : '',
            `<br>${e(s.finding)}`,
            s.urlNote ? `<br><span class="note">${e(s.urlNote)}</span>` : '',
            s.reasons.length
              ? `<br><span class="meta">Why it matches: ${e(s.reasons.join('; '))}</span>`
              : '',
          ].join(''),
        ),
        'ol',
      )
    : empty('Nothing in your source library matches this article.');

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sourcelight report: ${e(m.title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header>
<p class="meta">Sourcelight report</p>
<h1>${e(m.title)}</h1>
<p>${m.url ? link(m.url, m.url) : e(m.pageAddress || 'Bundled demo article')}</p>
<p class="meta">Analysed ${e(formatDate(m.analysedAt))}</p>
</header>
<main>
${section('Outlet', outlet)}
${section(`Claims by speaker (${m.speakers.reduce((n, s) => n + s.claims.length, 0)})`, claims)}
${section(`Loaded terms (${e(m.termCount)})`, terms)}
${section(`Sourcing notes (${m.sourcing.length})`, sourcing)}
${section(`Independent sources (${m.sources.length})`, sources)}
</main>
<footer>
<p>Made by Sourcelight in the reader's browser from the article's text and the reader's local source library. Findings are automatic pointers for a careful reading, not verdicts.${m.dismissedCount ? ` ${m.dismissedCount} finding${m.dismissedCount === 1 ? '' : 's'} the reader dismissed as wrong ${m.dismissedCount === 1 ? 'is' : 'are'} left out.` : ''}</p>
</footer>
</body>
</html>
`;
}
