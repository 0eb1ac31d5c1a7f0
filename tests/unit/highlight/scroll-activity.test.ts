import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchScrolling } from '@/utils/highlight/scroll-activity';
import { makeDocument } from '../article/dom';

afterEach(() => {
  vi.useRealTimers();
});

describe('watchScrolling', () => {
  it('reports the start of scrolling once and the end after it settles', () => {
    vi.useFakeTimers();
    const doc = makeDocument('<p>text</p>');
    const scroll = () => doc.dispatchEvent(new doc.defaultView!.Event('scroll'));
    const onChange = vi.fn();
    const state = watchScrolling(doc, onChange, undefined, 300);
    expect(state.scrolling).toBe(false);

    scroll();
    vi.advanceTimersByTime(200);
    scroll();
    expect(onChange.mock.calls).toEqual([[true]]);
    expect(state.scrolling).toBe(true);

    vi.advanceTimersByTime(299); // 300 ms after the last event, not the first
    expect(state.scrolling).toBe(true);
    vi.advanceTimersByTime(1);
    expect(onChange.mock.calls).toEqual([[true], [false]]);
    expect(state.scrolling).toBe(false);
  });

  it('does not count an inner scroller scrolling itself', () => {
    const doc = makeDocument('<div id="carousel"></div>');
    const onChange = vi.fn();
    watchScrolling(doc, onChange);
    doc.getElementById('carousel')!.dispatchEvent(new doc.defaultView!.Event('scroll'));
    expect(onChange).not.toHaveBeenCalled();
  });

  it('stops when its signal aborts', () => {
    vi.useFakeTimers();
    const doc = makeDocument('<p>text</p>');
    const controller = new AbortController();
    const onChange = vi.fn();
    watchScrolling(doc, onChange, controller.signal);
    doc.dispatchEvent(new doc.defaultView!.Event('scroll'));
    controller.abort();
    vi.advanceTimersByTime(1000);
    doc.dispatchEvent(new doc.defaultView!.Event('scroll'));
    expect(onChange.mock.calls).toEqual([[true]]);
  });
});
