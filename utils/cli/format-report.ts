import type { Analysis, Quote } from '../analysis/analysis-schema';
import { voiceLabel } from '../analysis/voice-label';
import { attributionOf, UNCLEAR_SPEAKER } from '../panel/group-claims';

const clip = (s: string, n = 160) =>
  (s.length > n ? `${s.slice(0, n - 1)}…` : s).replace(/\s+/g, ' ');

function speakerKey(q: Quote): string {
  if (!q.speaker) return UNCLEAR_SPEAKER;
  const role = q.speaker.role ? `, ${q.speaker.role}` : '';
  return `${q.speaker.name}${role} (${attributionOf(q)})`;
}

/** A plain-text report for trainers and students: quotes by speaker, loaded terms with why, sourcing notes. */
export function formatReport(file: string, a: Analysis): string {
  const lines = [`== ${file}`, ''];
  const bySpeaker = new Map<string, Quote[]>();
  for (const q of a.quotes)
    bySpeaker.set(speakerKey(q), [...(bySpeaker.get(speakerKey(q)) ?? []), q]);
  lines.push(`QUOTES (${a.quotes.length})`);
  for (const [speaker, quotes] of bySpeaker) {
    lines.push(`  ${speaker}`);
    for (const q of quotes) {
      const cue = q.cue ? ` [${q.cue.text}${q.cue.neutral ? '' : ', not neutral'}]` : '';
      const mention =
        q.speaker && q.speaker.mention !== q.speaker.name ? ` as "${q.speaker.mention}"` : '';
      lines.push(`    - ${q.kind}${cue}${mention}: ${clip(q.text)}`);
    }
  }
  lines.push('', `LOADED TERMS (${a.terms.length})`);
  for (const t of a.terms) {
    const voice = voiceLabel(t);
    const alt = t.alternative ? ` Instead: ${t.alternative}.` : '';
    lines.push(`  - "${t.text}" (${t.category}; ${voice}): ${t.why}${alt}`);
  }
  lines.push('', `SOURCING NOTES (${a.sourcing.length})`);
  for (const s of a.sourcing) lines.push(`  - ${s.kind}: "${clip(s.text, 100)}": ${s.why}`);
  const named = a.entities.filter((e) => e.type !== 'other' || e.aliases.length > 0);
  lines.push(
    '',
    `NAMED (${named.length}): ${named.map((e) => `${e.name}${e.aliases.length ? ` (${e.aliases.join(', ')})` : ''}`).join('; ')}`,
    '',
  );
  return lines.join('\n');
}
