import { lowerBound } from '../sorted/lower-bound';
import type { TextMap, TextSegment } from './text-map';

/** Index of the segment holding plain-text offset `pos` (the last one starting at or before it). */
function segmentIndexAt(map: TextMap, pos: number): number {
  return lowerBound(map.segments.length, (i) => map.segments[i]!.start, pos, true) - 1;
}

function rawOffset(seg: TextSegment, pos: number): number {
  const local = pos - seg.start;
  if (!seg.rawOffsets) return local;
  if (local >= seg.rawOffsets.length) {
    const lastRaw = seg.rawOffsets[seg.rawOffsets.length - 1];
    return lastRaw === undefined ? 0 : lastRaw + 1;
  }
  return seg.rawOffsets[local]!;
}

/** A DOM point for a plain-text offset; `end` points prefer the end of the earlier node. */
export function pointForOffset(
  map: TextMap,
  pos: number,
  side: 'start' | 'end',
): { node: Text; offset: number } | null {
  let i = segmentIndexAt(map, side === 'end' ? pos - 1 : pos);
  if (i < 0) return null;
  let seg = map.segments[i]!;
  // A start offset on a newline or past a segment belongs to the next segment.
  while (side === 'start' && pos >= seg.end && i + 1 < map.segments.length) {
    seg = map.segments[++i]!;
    pos = Math.max(pos, seg.start);
  }
  const clamped = Math.min(Math.max(pos, seg.start), seg.end);
  if (side === 'end' && clamped > seg.start) {
    return { node: seg.node, offset: rawOffset(seg, clamped - 1) + 1 };
  }
  return { node: seg.node, offset: rawOffset(seg, clamped) };
}

/** A DOM Range covering plain-text offsets [start, end), or null if the text is gone. */
export function rangeForOffsets(map: TextMap, start: number, end: number): Range | null {
  if (end <= start) return null;
  const a = pointForOffset(map, start, 'start');
  const b = pointForOffset(map, end, 'end');
  if (!a || !b || !a.node.isConnected || !b.node.isConnected) return null;
  const range = a.node.ownerDocument.createRange();
  range.setStart(a.node, Math.min(a.offset, a.node.length));
  range.setEnd(b.node, Math.min(b.offset, b.node.length));
  return range;
}

/** The plain-text offset of a DOM point inside the article, or null if it is outside the text. */
export function offsetForPoint(map: TextMap, node: Node, offset: number): number | null {
  const seg = segmentForNode(map, node);
  if (!seg) return null;
  if (!seg.rawOffsets) return seg.start + Math.min(offset, seg.end - seg.start);
  let local = 0;
  while (local < seg.rawOffsets.length && seg.rawOffsets[local]! < offset) local++;
  return seg.start + local;
}

const nodeIndex = new WeakMap<TextMap, Map<Node, TextSegment>>();

function segmentForNode(map: TextMap, node: Node): TextSegment | undefined {
  let index = nodeIndex.get(map);
  if (!index) {
    index = new Map(map.segments.map((s) => [s.node as Node, s]));
    nodeIndex.set(map, index);
  }
  return index.get(node);
}
