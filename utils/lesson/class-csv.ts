import type { ClassSummary } from './class-results';

/**
 * One CSV field: quoted, with quotes doubled; a leading = + - @ is defused so a spreadsheet shows
 * article text as text and never runs it as a formula.
 */
export function csvField(value: string | number): string {
  const text = String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** The class view as CSV: a row per finding of the key, then a row per frequent extra. */
export function classCsv(summary: ClassSummary): string {
  const rows: (string | number)[][] = [['row', 'kind', 'text', 'students', 'of']];
  for (const f of summary.findings) {
    rows.push(['finding', f.heading, f.text, f.found, summary.students]);
  }
  for (const e of summary.frequentExtras) {
    rows.push(['extra', 'not in the key', e.text, e.students, summary.students]);
  }
  return `${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}
