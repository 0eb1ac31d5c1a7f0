import type { Term } from './analysis-schema';

/**
 * Whose words a flagged term is, in plain English: one wording for the card, panel, walkthrough,
 * reports and CLI, so students never read "outlet's own words" beside a claim credited to someone.
 */
export function voiceLabel(t: Pick<Term, 'voice' | 'speaker'>): string {
  switch (t.voice) {
    case 'quoted':
      return t.speaker ? `quoted from ${t.speaker}` : 'quoted from someone';
    case 'reported':
      return t.speaker
        ? `the outlet's wording of ${t.speaker}'s claim`
        : "the outlet's wording of someone's claim";
    default:
      return "the outlet's own words";
  }
}
