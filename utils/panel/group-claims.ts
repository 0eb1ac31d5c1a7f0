import type { Quote } from '../analysis/analysis-schema';

/** The quotes of one speaker, as the Claims section lists them. */
export interface SpeakerGroup {
  /** Stable key: the speaker's name, or "" for quotes nobody could be found for. */
  key: string;
  name: string;
  role: string | null;
  anonymous: boolean;
  quotes: Quote[];
}

/** Groups quotes by speaker: named speakers first (most quotes first), then anonymous, then unknown. */
export function groupClaimsBySpeaker(quotes: readonly Quote[]): SpeakerGroup[] {
  const groups = new Map<string, SpeakerGroup>();
  for (const q of quotes) {
    const key = q.speaker ? q.speaker.name.toLowerCase() : '';
    let group = groups.get(key);
    if (!group) {
      group = {
        key,
        name: q.speaker?.name ?? 'Speaker not found',
        role: q.speaker?.role ?? null,
        anonymous: q.speaker?.anonymous ?? false,
        quotes: [],
      };
      groups.set(key, group);
    }
    group.role ??= q.speaker?.role ?? null;
    group.quotes.push(q);
  }
  const rank = (g: SpeakerGroup): number => (g.key === '' ? 2 : g.anonymous ? 1 : 0);
  return [...groups.values()].sort(
    (a, b) =>
      rank(a) - rank(b) || b.quotes.length - a.quotes.length || a.name.localeCompare(b.name),
  );
}
