import { describe, expect, it } from 'vitest';
import { isOwnEvent, ownBlocks, WORLD_NAME } from '../../bench/own-blocks';
import type { TraceEvent } from '../../bench/traced-load';

const thread = { pid: 1, tid: 7 };
/** A complete event on the page's main thread, from `at` ms for `ms` ms. */
const ev = (name: string, at: number, ms: number, args?: object): TraceEvent => ({
  name,
  ph: 'X',
  ...thread,
  ts: at * 1000,
  dur: ms * 1000,
  args: args as TraceEvent['args'],
});
const ours = { worldName: WORLD_NAME };
const message = { chrome_mojo_event_info: { mojo_interface_tag: 'extensions.mojom.MessagePort' } };

describe('isOwnEvent', () => {
  it('knows script in the extension’s world, its files and its messages from the page’s', () => {
    expect(isOwnEvent(ev('v8.callFunction', 0, 1, ours))).toBe(true);
    expect(isOwnEvent(ev('v8.callFunction', 0, 1, { worldName: '' }))).toBe(false);
    expect(
      isOwnEvent(ev('EvaluateScript', 0, 1, { data: { url: 'chrome-extension://x/a.js' } })),
    ).toBe(true);
    expect(
      isOwnEvent(ev('EvaluateScript', 0, 1, { data: { url: 'https://news.test/a.js' } })),
    ).toBe(false);
    expect(isOwnEvent(ev('Receive mojo message', 0, 1, message))).toBe(true);
    expect(
      isOwnEvent(
        ev('Receive mojo message', 0, 1, {
          chrome_mojo_event_info: { mojo_interface_tag: 'content.mojom.NavigationClient' },
        }),
      ),
    ).toBe(false);
  });
});

describe('ownBlocks', () => {
  it('sums the extension’s outermost events within each task, leaving the page’s own work out', () => {
    const events = [
      // The page's first layout: a long task with nothing of ours.
      ev('ThreadControllerImpl::RunTask', 0, 120),
      ev('Layout', 1, 110),
      // A task that answers our message (12 ms) and then runs one of our listeners (5 ms), with a
      // nested event of ours that must not count twice, beside 30 ms of the page's own.
      ev('ThreadControllerImpl::RunTask', 200, 60),
      ev('Receive mojo message', 200, 12, message),
      ev('v8.callFunction', 201, 4, ours),
      ev('FunctionCall', 220, 30),
      ev('v8.callFunction', 252, 5, ours),
      // Another thread's work of ours is not the page's main thread.
      { ...ev('v8.callFunction', 300, 80, ours), tid: 9 },
      ev('ThreadControllerImpl::RunTask', 400, 9),
      ev('v8.callFunction', 400, 8, ours),
    ];
    expect(ownBlocks(events, thread)).toEqual([17, 8]);
  });
});
