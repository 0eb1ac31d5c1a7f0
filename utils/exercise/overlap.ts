/** A half-open span of offsets into the article text. */
export interface Span {
  start: number;
  end: number;
}

/** How many characters two spans share. */
export function overlapLength(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/**
 * Whether a selection counts as pointing at a finding: they share at least half of the shorter of
 * the two. Selecting "so-called" inside "the so-called inspection" counts, and so does selecting
 * most of a long quote; brushing the edge of one does not.
 */
export function matches(selection: Span, finding: Span): boolean {
  const shorter = Math.min(selection.end - selection.start, finding.end - finding.start);
  return shorter > 0 && overlapLength(selection, finding) * 2 >= shorter;
}

/** Shared length over joint length (1 for the same span): which of several matches fits best. */
export function closeness(a: Span, b: Span): number {
  const shared = overlapLength(a, b);
  const joint = Math.max(a.end, b.end) - Math.min(a.start, b.start);
  return joint > 0 ? shared / joint : 0;
}
