import type { Quote } from '../analysis/analysis-schema';

/** How a group's speaker is identified: by a proper name, by a description, as an unnamed source, or not at all. */
export type Attribution = 'named' | 'described' | 'anonymous' | 'unclear';

/** What the panel, the reports and the walkthrough call a quote nobody could be found for, and why. */
export const UNCLEAR_SPEAKER = 'Speaker unclear';

/** The quotes of one speaker, as the Claims section lists them. */
export interface SpeakerGroup {
  /** Stable key: the speaker's name, or "" for quotes whose speaker is unclear. */
  key: string;
  name: string;
  role: string | null;
  anonymous: boolean;
  attribution: Attribution;
  /** One entry per claim: a quotation split by its cue is one claim (its later parts are in `parts`). */
  quotes: Quote[];
}

/** The attribution of one quote's speaker. */
export function attributionOf(q: Quote): Attribution {
  if (!q.speaker) return 'unclear';
  if (q.speaker.named) return 'named';
  return q.speaker.anonymous ? 'anonymous' : 'described';
}

/** The later parts of each split quotation, by the id of its first part. */
export function claimParts(quotes: readonly Quote[]): Map<string, Quote[]> {
  const parts = new Map<string, Quote[]>();
  for (const q of quotes) {
    if (!q.continues) continue;
    const list = parts.get(q.continues);
    if (list) list.push(q);
    else parts.set(q.continues, [q]);
  }
  return parts;
}

/** The words of a claim as one text: the parts of a split quotation joined by an ellipsis. */
export function claimText(q: Quote, parts: ReadonlyMap<string, readonly Quote[]>): string {
  return [q, ...(parts.get(q.id) ?? [])].map((p) => p.text).join(' … ');
}

const RANK: Record<Attribution, number> = { named: 0, described: 1, anonymous: 2, unclear: 3 };

/**
 * Groups claims by speaker: named speakers first (most claims first), then described, anonymous and
 * unclear. The later parts of a split quotation are left out: they belong to the first part's item.
 */
export function groupClaimsBySpeaker(quotes: readonly Quote[]): SpeakerGroup[] {
  const ids = new Set(quotes.map((q) => q.id));
  const groups = new Map<string, SpeakerGroup>();
  for (const q of quotes) {
    if (q.continues && ids.has(q.continues)) continue;
    const key = q.speaker ? q.speaker.name.toLowerCase() : '';
    let group = groups.get(key);
    if (!group) {
      group = {
        key,
        name: q.speaker?.name ?? UNCLEAR_SPEAKER,
        role: q.speaker?.role ?? null,
        anonymous: q.speaker?.anonymous ?? false,
        attribution: attributionOf(q),
        quotes: [],
      };
      groups.set(key, group);
    }
    group.role ??= q.speaker?.role ?? null;
    group.quotes.push(q);
  }
  return [...groups.values()].sort(
    (a, b) =>
      RANK[a.attribution] - RANK[b.attribution] ||
      b.quotes.length - a.quotes.length ||
      a.name.localeCompare(b.name),
  );
}
