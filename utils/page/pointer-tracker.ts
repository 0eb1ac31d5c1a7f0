import { offsetForPoint } from '../article/offset-range';
import type { TextMap } from '../article/text-map';
import { findingAt, type Finding } from './findings';

const HOVER_MS = 200;

interface Caret {
  node: Node;
  offset: number;
}

function caretAt(doc: Document, x: number, y: number): Caret | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  };
  if (d.caretPositionFromPoint) {
    const pos = d.caretPositionFromPoint(x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

function rectsContain(range: Range, x: number, y: number): DOMRect | null {
  for (const rect of range.getClientRects()) {
    if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return rect;
  }
  return null;
}

/**
 * Our own hit testing (highlights have no events): maps the pointer to a text offset and the finding
 * under it, checking the finding's boxes so that a caret snapped to the nearest word does not count.
 */
export function trackPointer(
  doc: Document,
  current: () => { map: TextMap; findings: Finding[]; rangeOf(id: string): Range | null } | null,
  onHover: (finding: Finding | null, rect: DOMRect | null, clicked: boolean) => void,
  signal: AbortSignal,
): void {
  let frame = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastId: string | null = null;

  const hit = (x: number, y: number): { finding: Finding; rect: DOMRect } | null => {
    const state = current();
    const caret = state && caretAt(doc, x, y);
    if (!state || !caret) return null;
    const offset = offsetForPoint(state.map, caret.node, caret.offset);
    if (offset === null) return null;
    const finding = findingAt(state.findings, offset) ?? findingAt(state.findings, offset - 1);
    const range = finding && state.rangeOf(finding.id);
    const rect = range && rectsContain(range, x, y);
    return finding && rect ? { finding, rect } : null;
  };

  doc.addEventListener(
    'mousemove',
    (e) => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        const found = hit(e.clientX, e.clientY);
        const id = found?.finding.id ?? null;
        if (id === lastId) return;
        lastId = id;
        clearTimeout(timer);
        timer = setTimeout(
          () => onHover(found?.finding ?? null, found?.rect ?? null, false),
          HOVER_MS,
        );
      });
    },
    { signal, passive: true },
  );
  doc.addEventListener(
    'click',
    (e) => {
      const found = hit(e.clientX, e.clientY);
      if (found) {
        lastId = found.finding.id;
        clearTimeout(timer);
        onHover(found.finding, found.rect, true);
      } else onHover(null, null, true);
    },
    { signal },
  );
  signal.addEventListener('abort', () => {
    clearTimeout(timer);
    cancelAnimationFrame(frame);
  });
}
