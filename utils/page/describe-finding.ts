import type { Analysis } from '../analysis/analysis-schema';
import { voiceLabel } from '../analysis/voice-label';
import { attributionOf, UNCLEAR_SPEAKER, type Attribution } from '../panel/group-claims';
import type { Finding } from './findings';

/** What the hover card says about a finding: a heading and labelled lines, all plain text. */
export interface FindingDescription {
  heading: string;
  lines: { label: string; value: string }[];
}

const SOURCE_LABEL: Record<Attribution, string> = {
  named: 'Named',
  described: 'Described, not named',
  anonymous: 'Anonymous',
  unclear: 'Unclear: the engine is not sure who said this',
};

/**
 * Ids of findings that are later parts of a quotation split by its cue: the walkthrough and the
 * exercise count the quotation once, at its first part.
 */
export function continuationIds(analysis: Analysis): Set<string> {
  return new Set(analysis.quotes.filter((q) => q.continues).map((q) => `quote:${q.id}`));
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
      { label: 'Speaker', value: q.speaker?.name ?? UNCLEAR_SPEAKER },
      ...(q.speaker?.role ? [{ label: 'Role', value: q.speaker.role }] : []),
      ...(q.speaker && q.speaker.mention !== q.speaker.name
        ? [{ label: 'Referred to here as', value: q.speaker.mention }]
        : []),
      {
        label: 'Cue',
        value: q.cue ? `${q.cue.text}${q.cue.neutral ? '' : ' (not neutral)'}` : 'none',
      },
      { label: 'Source', value: SOURCE_LABEL[attributionOf(q)] },
    ];
    const heading = q.kind === 'direct' ? 'Direct quote' : 'Reported speech';
    return { heading: q.continues ? `${heading} (continued)` : heading, lines };
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
