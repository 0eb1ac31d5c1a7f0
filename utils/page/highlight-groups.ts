import { rangeForOffsets } from '../article/offset-range';
import type { HighlightKind } from '../highlight/highlighter';
import type { Settings } from '../settings/settings';
import type { AnalysedArticle } from './analyse-article';

/** What decides which ranges are drawn. */
export interface DrawState {
  article: AnalysedArticle | null;
  settings: Settings | null;
  visible: boolean;
  exercise: boolean;
  dismissed: ReadonlySet<string>;
  /** The reader's own exercise selections, as text offsets. */
  selections: readonly { start: number; end: number }[];
}

/** The ranges to draw, per highlight: nothing dismissed, hidden, switched off or (in the exercise) found. */
export function highlightGroups(s: DrawState): Record<HighlightKind, Range[]> {
  const groups: Record<HighlightKind, Range[]> = {
    quote: [],
    term: [],
    possible: [],
    sourcing: [],
    selection: [],
  };
  const { article, settings } = s;
  if (!article) return groups;
  for (const sel of s.selections) {
    const range = rangeForOffsets(article.map, sel.start, sel.end);
    if (range) groups.selection.push(range);
  }
  if (!settings || !s.visible || !settings.highlights || s.exercise) return groups;
  for (const f of article.findings) {
    const range = article.ranges.get(f.id);
    if (!range || !settings.kinds[f.kind] || s.dismissed.has(f.key)) continue;
    groups[article.possible.has(f.id) ? 'possible' : f.kind].push(range);
  }
  return groups;
}
