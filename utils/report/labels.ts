import type { Sourcing, TermCategory } from '../analysis/analysis-schema';

/** Reader-facing names of the loaded-term categories. */
export const TERM_CATEGORY_LABELS: Record<TermCategory, string> = {
  label: 'label',
  doubt: 'doubt marker',
  'conspiracy-framing': 'conspiracy framing',
  emotive: 'emotive wording',
  'scare-quote': 'scare quotes',
  'possibly-loaded': 'possibly loaded',
};

/** Reader-facing names of the sourcing notes. */
export const SOURCING_KIND_LABELS: Record<Sourcing['kind'], string> = {
  'vague-source': 'vague source',
  'agentless-passive': 'no one named',
  'unattributed-claim': 'unattributed claim',
};
