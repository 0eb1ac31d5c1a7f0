import type { EarlyCopy } from './early-copy';

/**
 * What Chromium's loader (`load-page-session.ts`) tells the page session it imports. The two are
 * separate bundles, so no module of theirs is shared; both run in the content scripts' isolated
 * world, whose global object the page's own scripts cannot see, so that is where it is left.
 */
export interface SessionHandoff {
  /** The loader's gate found that the page may hold an article: the session's first look skips it. */
  gatePassed: boolean;
  /** The copy of the page the loader sent once the gate let it through (`early-copy.ts`), if any. */
  early?: EarlyCopy | null;
  /**
   * The session calls this once its own message listener is up, with its handler of a raw
   * message: the loader stops listening and hands it what came while the page was dormant.
   */
  takeOver(handle: (raw: unknown) => Promise<unknown> | undefined): void;
}

const KEY = Symbol.for('sourcelight.session-handoff');

type Holder = { [KEY]?: SessionHandoff };

/** Left by the loader just before it imports the session. */
export function handOff(handoff: SessionHandoff): void {
  (globalThis as Holder)[KEY] = handoff;
}

/** Taken once by the session as it starts: null where no loader came first (Firefox). */
export function takeHandoff(): SessionHandoff | null {
  const holder = globalThis as Holder;
  const handoff = holder[KEY] ?? null;
  delete holder[KEY];
  return handoff;
}
