import {
  HIGHLIGHT_NAMES,
  ensureHighlightStyle,
  type Highlighter,
  type HighlightKind,
} from './highlighter';

/**
 * Fallback for browsers without CSS.highlights: wraps text in <mark> elements. It does change the
 * DOM, so clear() unwraps every mark and rejoins the split text; overlapping ranges are skipped
 * (the first-found wins) because marks cannot overlap.
 */
export function createMarkHighlighter(doc: Document): Highlighter {
  const marks: HTMLElement[] = [];
  let flashMarks: HTMLElement[] = [];

  const wrap = (range: Range, className: string): HTMLElement[] => {
    const created: HTMLElement[] = [];
    for (const node of textNodesIn(range)) {
      let target = node;
      const from = node === range.startContainer ? range.startOffset : 0;
      const to = node === range.endContainer ? range.endOffset : node.length;
      if (to <= from) continue;
      if (to < target.length) target.splitText(to);
      if (from > 0) target = target.splitText(from);
      const mark = doc.createElement('mark');
      mark.className = className;
      target.parentNode?.insertBefore(mark, target);
      mark.append(target);
      created.push(mark);
    }
    return created;
  };

  const unwrap = (list: HTMLElement[]): void => {
    for (const mark of list) {
      const parent = mark.parentNode;
      if (!parent) continue;
      while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
      mark.remove();
      parent.normalize();
    }
  };

  return {
    show(groups) {
      unwrap(marks.splice(0));
      ensureHighlightStyle(doc);
      const all = (Object.keys(groups) as HighlightKind[]).flatMap((kind) =>
        groups[kind].map((range) => ({ range, kind })),
      );
      // Later ranges first, so wrapping never moves the offsets of the ones still to do.
      all.sort((a, b) => b.range.compareBoundaryPoints(Range.START_TO_START, a.range));
      let floor: Range | null = null;
      for (const { range, kind } of all) {
        if (floor && range.compareBoundaryPoints(Range.END_TO_START, floor) > 0) continue;
        marks.push(...wrap(range, HIGHLIGHT_NAMES[kind]));
        floor = range.cloneRange();
      }
    },
    flash(range) {
      unwrap(flashMarks);
      flashMarks = [];
      range.startContainer.parentElement?.classList.add(HIGHLIGHT_NAMES.active);
      const el = range.startContainer.parentElement;
      setTimeout(() => el?.classList.remove(HIGHLIGHT_NAMES.active), 1600);
    },
    clear() {
      unwrap(marks.splice(0));
      unwrap(flashMarks);
      flashMarks = [];
    },
  };
}

function textNodesIn(range: Range): Text[] {
  const root = range.commonAncestorContainer;
  if (root.nodeType === 3) return [root as Text];
  const walker = root.ownerDocument!.createTreeWalker(root, 4 /* SHOW_TEXT */);
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (range.intersectsNode(n)) nodes.push(n as Text);
  }
  return nodes;
}
