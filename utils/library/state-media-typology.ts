/**
 * The State Media Monitor's typology, in plain words. Independent public media (IP, ISF, ISM,
 * ISFM) are never described as state-controlled: the state may fund or manage them, but it does
 * not control what they publish.
 */
export const TYPOLOGY = {
  SC: {
    label: 'State-controlled',
    explanation: 'the state funds it, owns it and controls what it publishes',
    editorialControl: true,
  },
  CaPu: {
    label: 'Captured public or state-managed',
    explanation:
      'the state owns or manages it and controls what it publishes, though it is not mainly state-funded',
    editorialControl: true,
  },
  CaPr: {
    label: 'Captured private',
    explanation: 'privately owned, but the state controls what it publishes',
    editorialControl: true,
  },
  ISFM: {
    label: 'Independent, state-funded and state-managed',
    explanation: 'the state funds and manages it but does not control what it publishes',
    editorialControl: false,
  },
  ISF: {
    label: 'Independent, state-funded',
    explanation: 'the state funds it but neither owns it nor controls what it publishes',
    editorialControl: false,
  },
  ISM: {
    label: 'Independent, state-managed',
    explanation:
      'the state has a hand in running it but neither mainly funds it nor controls what it publishes',
    editorialControl: false,
  },
  IP: {
    label: 'Independent public media',
    explanation: 'the state neither mainly funds it, owns it nor controls what it publishes',
    editorialControl: false,
  },
} as const;

export type TypologyCode = keyof typeof TYPOLOGY;

/** "ISFM?" (uncertain in the dataset) and a blank cell are kept apart from a firm code. */
export function parseTypology(cell: string): { code: TypologyCode | null; uncertain: boolean } {
  const trimmed = cell.trim();
  const uncertain = trimmed.endsWith('?');
  const code = trimmed.replace(/\?$/, '');
  return { code: code in TYPOLOGY ? (code as TypologyCode) : null, uncertain };
}

/** "State-controlled: the state funds it, owns it and controls what it publishes". */
export function describeTypology(code: TypologyCode | null, uncertain = false): string {
  if (!code) return 'Not classified by the State Media Monitor';
  const { label, explanation } = TYPOLOGY[code];
  return `${label}: ${explanation}${uncertain ? ' (classification marked uncertain)' : ''}`;
}
