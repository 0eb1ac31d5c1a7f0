import type { UrlStatus, VerificationStatus } from './pack-fields';

/** Short badge text and a one-line explanation for each verification status. */
export const STATUS_LABELS: Record<VerificationStatus, { label: string; explanation: string }> = {
  'verified-stored': {
    label: 'Verified',
    explanation: 'Checked against a stored copy of the source itself.',
  },
  'verified-mirror': {
    label: 'Verified (copy)',
    explanation: 'Checked against a faithful copy of the source on another site.',
  },
  secondary: {
    label: 'Secondary',
    explanation: 'Known only from news reports or other secondary sources.',
  },
  unverified: {
    label: 'Unverified',
    explanation: 'Not confirmed from any stored copy: check before relying on it.',
  },
};

/** What to tell the reader about a document's link. */
export const URL_NOTES: Record<UrlStatus, string | null> = {
  verified: null,
  mirror: 'Link opens a copy of the document on another site.',
  unverified: 'Link withheld: its address could not be confirmed.',
  none: null,
};
