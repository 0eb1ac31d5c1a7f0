import type { Analysis } from '../analysis/analysis-schema';
import { voiceLabel } from '../analysis/voice-label';
import type { Finding } from './findings';

/** What the hover card says about a finding: a heading and labelled lines, all plain text. */
export interface FindingDescription {
  heading: string;
  lines: { label: string; value: string }[];
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

const CATEGORY_LABEL: Record<string, string> = {
  label: 'Label',
  doubt: 'Doubt marker',
  'conspiracy-framing': 'Conspiracy framing',
  emotive: 'Emotive wording',
  'scare-quote': 'Scare quotes',
  'possibly-loaded': 'Possibly loaded',
};

/** Describes a finding for a reader, from the analysis it came from. */
export function describeFinding(analysis: Analysis, finding: Finding): FindingDescription | null {
  const engineId = finding.id.slice(finding.id.indexOf(':') + 1);
  if (finding.kind === 'quote') {
    const q = analysis.quotes.find((x) => x.id === engineId);
    if (!q) return null;
    const lines = [
      { label: 'Speaker', value: q.speaker?.name ?? 'No speaker found' },
      ...(q.speaker?.role ? [{ label: 'Role', value: q.speaker.role }] : []),
      ...(q.speaker && q.speaker.mention !== q.speaker.name
        ? [{ label: 'Named here as', value: q.speaker.mention }]
        : []),
      {
        label: 'Cue',
        value: q.cue ? `${q.cue.text}${q.cue.neutral ? '' : ' (not neutral)'}` : 'none',
      },
      {
        label: 'Source',
        value: q.speaker ? (q.speaker.anonymous ? 'Anonymous' : 'Named') : 'Unknown',
      },
    ];
    return { heading: q.kind === 'direct' ? 'Direct quote' : 'Reported speech', lines };
  }
  if (finding.kind === 'term') {
    const t = analysis.terms.find((x) => x.id === engineId);
    if (!t) return null;
    return {
      heading: `${CATEGORY_LABEL[t.category] ?? t.category}: “${t.text}”`,
      lines: [
        { label: 'Why', value: t.why },
        ...(t.alternative ? [{ label: 'Neutral', value: t.alternative }] : []),
        {
          label: 'Voice',
          value: capitalise(voiceLabel(t)),
        },
      ],
    };
  }
  const s = analysis.sourcing.find((x) => x.id === engineId);
  if (!s) return null;
  const heading = s.kind === 'unattributed-claim' ? 'Unattributed claim' : 'Vague sourcing';
  return { heading, lines: [{ label: 'Why', value: s.why }] };
}
