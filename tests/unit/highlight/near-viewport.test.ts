import { describe, expect, it, vi } from 'vitest';
import {
  isDrawn,
  VIEW_MARGIN_PX,
  watchViewportZones,
  zoneFor,
} from '@/utils/highlight/near-viewport';
import { makeDocument } from '../article/dom';

describe('zoneFor', () => {
  const height = 800; // near = 200 px above and below

  it('puts a box on screen, or within the small view margin, in view', () => {
    expect(zoneFor(100, 300, height)).toBe('view');
    expect(zoneFor(-500, -1, height)).toBe('view'); // bottom just above the top edge
    expect(zoneFor(height + VIEW_MARGIN_PX, height + 400, height)).toBe('view');
    expect(zoneFor(-1000, 2000, height)).toBe('view'); // taller than the viewport
  });

  it('puts a box beyond the view margin but within a quarter of the height near', () => {
    expect(zoneFor(height + VIEW_MARGIN_PX + 1, height + 400, height)).toBe('near');
    expect(zoneFor(-600, -VIEW_MARGIN_PX - 1, height)).toBe('near');
    expect(zoneFor(height + 200, height + 400, height)).toBe('near');
  });

  it('puts a box further than that far', () => {
    expect(zoneFor(height + 201, height + 400, height)).toBe('far');
    expect(zoneFor(-900, -201, height)).toBe('far');
  });
});

describe('isDrawn', () => {
  it('draws what is in view always, what is near only while scrolling, nothing further', () => {
    expect(isDrawn('view', false)).toBe(true);
    expect(isDrawn('view', true)).toBe(true);
    expect(isDrawn('near', false)).toBe(false);
    expect(isDrawn('near', true)).toBe(true);
    expect(isDrawn('far', true)).toBe(false);
  });
});

/** Gives `el` a box from `top` to `top + 100` px, as getBoundingClientRect reports it. */
const place = (el: Element, top: number) => {
  el.getBoundingClientRect = () =>
    ({ top, bottom: top + 100, left: 0, right: 600, width: 600, height: 100 }) as DOMRect;
  el.getClientRects = () => [el.getBoundingClientRect()] as unknown as DOMRectList;
};

const setup = () => {
  const doc = makeDocument(
    '<div id="scroller"><p id="other">x</p></div><article><p id="a">a</p><p id="b">b</p><div id="contents" style="display: contents">c</div></article>',
  );
  const view = doc.defaultView!;
  Object.defineProperty(view, 'innerHeight', { value: 800, configurable: true });
  // Frames run when the test says so.
  let queued: FrameRequestCallback[] = [];
  view.requestAnimationFrame = (cb: FrameRequestCallback) => queued.push(cb);
  const frame = () => {
    const run = queued;
    queued = [];
    for (const cb of run) cb(0);
  };
  const [a, b] = [doc.getElementById('a')!, doc.getElementById('b')!];
  place(a, 100);
  place(b, 2000);
  const scroll = (target: EventTarget = doc) => {
    target.dispatchEvent(new view.Event('scroll'));
    frame();
  };
  return { doc, a, b, frame, scroll };
};

describe('watchViewportZones', () => {
  it('measures new elements at once, then follows scrolling', () => {
    const { doc, a, b, frame, scroll } = setup();
    const onChange = vi.fn();
    const zones = watchViewportZones(doc, onChange);
    zones.track([a, b]);
    expect([zones.zoneOf(a), zones.zoneOf(b)]).toEqual(['view', 'far']);
    // Nothing changed since: no frame is asked for, nothing reported.
    frame();
    expect(onChange).toHaveBeenCalledTimes(0);

    place(a, -1500);
    place(b, 850);
    scroll();
    expect([zones.zoneOf(a), zones.zoneOf(b)]).toEqual(['far', 'near']);
    expect(onChange).toHaveBeenCalledTimes(1);

    // A scroll that changes no zone reports nothing.
    scroll();
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('ignores an inner scroller that holds none of the tracked elements', () => {
    const { doc, a, frame, scroll } = setup();
    const onChange = vi.fn();
    const zones = watchViewportZones(doc, onChange);
    zones.track([a]);
    frame();
    place(a, 5000);
    scroll(doc.getElementById('scroller')!);
    expect(zones.zoneOf(a)).toBe('view');
    expect(onChange).not.toHaveBeenCalled();
    // One that holds the article does move it.
    scroll(doc.querySelector('article')!);
    expect(zones.zoneOf(a)).toBe('far');
  });

  it('counts a box-less element as in view, and forgets untracked ones', () => {
    const { doc, a, frame } = setup();
    const contents = doc.getElementById('contents')!;
    contents.getBoundingClientRect = () => ({ top: 0, bottom: 0, width: 0, height: 0 }) as DOMRect;
    contents.getClientRects = () => [] as unknown as DOMRectList;
    const zones = watchViewportZones(doc, () => {});
    zones.track([a, contents]);
    frame();
    expect(zones.zoneOf(contents)).toBe('view');
    zones.track([contents]);
    expect(zones.zoneOf(a)).toBe('far');
  });

  it('measures a very long article within a frame’s budget at a time, reporting once a round is done', () => {
    const { doc, frame, scroll } = setup();
    const article = doc.querySelector('article')!;
    const blocks = Array.from({ length: 200 }, (_, i) => {
      const p = doc.createElement('p');
      article.append(p);
      place(p, i * 150);
      return p;
    });
    // Each look at the clock finds 5 ms more gone: a budget is spent at the second look (after
    // 64 elements).
    let clock = 0;
    const onChange = vi.fn();
    const zones = watchViewportZones(doc, onChange, undefined, () => (clock += 5));
    zones.track(blocks);
    // The first 64 measured at once, the rest in view until measured.
    expect(zones.zoneOf(blocks[10]!)).toBe('far');
    expect(zones.zoneOf(blocks[150]!)).toBe('view');
    frame(); // a round: the first 64 of all 200 (re-measured: the page may have moved)
    expect(zones.zoneOf(blocks[150]!)).toBe('view');
    expect(onChange).not.toHaveBeenCalled();
    // A scroll meanwhile lets the round finish, then starts another.
    place(blocks[199]!, 300);
    scroll(); // 128 measured
    expect(zones.zoneOf(blocks[120]!)).toBe('far');
    expect(onChange).not.toHaveBeenCalled();
    frame(); // 192 measured
    expect(zones.zoneOf(blocks[150]!)).toBe('far');
    expect(onChange).not.toHaveBeenCalled();
    frame(); // the round's last 8
    expect(zones.zoneOf(blocks[199]!)).toBe('view');
    expect(onChange).toHaveBeenCalledTimes(1);
    // The round the scroll asked for: 200 elements in four frames.
    place(blocks[0]!, 5000);
    for (let i = 0; i < 3; i++) frame();
    expect(zones.zoneOf(blocks[0]!)).toBe('far');
    expect(onChange).toHaveBeenCalledTimes(1);
    frame();
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  it('stops listening when its signal aborts', () => {
    const { doc, a, frame, scroll } = setup();
    const controller = new AbortController();
    const onChange = vi.fn();
    const zones = watchViewportZones(doc, onChange, controller.signal);
    zones.track([a]);
    frame();
    controller.abort();
    place(a, 5000);
    scroll();
    expect(onChange).not.toHaveBeenCalled();
  });
});
