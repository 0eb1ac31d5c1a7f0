import { offsetForPoint } from '../article/offset-range';
import type { TextMap } from '../article/text-map';

/** The reader's current selection as offsets into the article text, or null if it is not in it. */
export function selectedPassage(
  doc: Document,
  map: TextMap,
): { start: number; end: number; text: string } | null {
  const selection = doc.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const start = offsetForPoint(map, range.startContainer, range.startOffset);
  const end = offsetForPoint(map, range.endContainer, range.endOffset);
  if (start === null || end === null || end <= start) return null;
  return { start, end, text: map.text.slice(start, end) };
}
