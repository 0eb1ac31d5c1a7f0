// zod/mini: the content script reads the settings on every page.
import * as z from 'zod/mini';
import { lazySchema } from '../schema/lazy-schema';
import { browser } from 'wxt/browser';
import { isRecord } from '../schema/is-record';

/** The reader's settings, kept in storage.local. */
export const SettingsSchema = lazySchema(() =>
  z.object({
    /** Highlight findings on article pages (off: the panel still lists them). */
    highlights: z._default(z.boolean(), true),
    /** Which kinds of finding get highlighted. */
    kinds: z._default(z.object({ quote: z.boolean(), term: z.boolean(), sourcing: z.boolean() }), {
      quote: true,
      term: true,
      sourcing: true,
    }),
    /** Show words only the learned model flags, as "possibly loaded" (lighter highlight). */
    possibleTerms: z._default(z.boolean(), true),
    /** Show a card when the pointer rests on a highlight. */
    hoverCards: z._default(z.boolean(), true),
    /** Sites (host names) where Sourcelight does nothing. */
    disabledSites: z._default(z.array(z.string()), []),
  }),
);
export type Settings = z.output<typeof SettingsSchema>;

const KEY = 'settings';

const isFlag = (v: unknown): boolean => typeof v === 'boolean';

/**
 * Whether a value is whole settings, as the background sends them (parsed with `SettingsSchema`,
 * defaults filled in). The page checks each reply with this rather than with the schema: building
 * and first running the zod object, in cold code, cost about 1.5 ms on every article page
 * (issue 18). A unit test spoils each field the schema gives in turn, so none goes unchecked here.
 */
export function isSettings(v: unknown): v is Settings {
  if (!isRecord(v) || !isRecord(v.kinds)) return false;
  const { kinds, disabledSites } = v;
  return (
    isFlag(v.highlights) &&
    isFlag(kinds.quote) &&
    isFlag(kinds.term) &&
    isFlag(kinds.sourcing) &&
    isFlag(v.possibleTerms) &&
    isFlag(v.hoverCards) &&
    Array.isArray(disabledSites) &&
    disabledSites.every((site) => typeof site === 'string')
  );
}

/** Settings as stored, with defaults for anything missing or malformed. */
export async function loadSettings(): Promise<Settings> {
  const raw = (await browser.storage.local.get(KEY))[KEY];
  const parsed = SettingsSchema.safeParse(raw ?? {});
  return parsed.success ? parsed.data : SettingsSchema.parse({});
}

/** Merges a change into the stored settings. */
export async function saveSettings(change: Partial<Settings>): Promise<Settings> {
  const next = SettingsSchema.parse({ ...(await loadSettings()), ...change });
  await browser.storage.local.set({ [KEY]: next });
  return next;
}

/** Whether Sourcelight is switched off for a host (subdomains included). */
export function isSiteDisabled(settings: Settings, host: string): boolean {
  return settings.disabledSites.some((site) => host === site || host.endsWith(`.${site}`));
}

/** Calls back whenever the settings change, until the signal aborts. */
export function watchSettings(callback: (settings: Settings) => void, signal: AbortSignal): void {
  const listener = (changes: Record<string, unknown>, area: string): void => {
    if (area === 'local' && KEY in changes) void loadSettings().then(callback);
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener));
}
