import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  isSettings,
  isSiteDisabled,
  loadSettings,
  saveSettings,
  SettingsSchema,
} from '@/utils/settings/settings';
import { normaliseSite } from '@/utils/settings/normalise-site';
import { setSiteEnabled } from '@/utils/settings/site-switch';

describe('settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('starts from defaults and keeps what was saved', async () => {
    expect((await loadSettings()).highlights).toBe(true);
    await saveSettings({ hoverCards: false, disabledSites: ['news.example'] });
    const s = await loadSettings();
    expect(s.hoverCards).toBe(false);
    expect(s.highlights).toBe(true);
    expect(s.disabledSites).toEqual(['news.example']);
  });

  it('falls back to defaults when storage holds junk', async () => {
    await fakeBrowser.storage.local.set({ settings: { highlights: 'yes please' } });
    expect((await loadSettings()).highlights).toBe(true);
  });

  it('switches a site off with its subdomains, and nothing else', async () => {
    const s = await saveSettings({ disabledSites: ['news.example'] });
    expect(isSiteDisabled(s, 'news.example')).toBe(true);
    expect(isSiteDisabled(s, 'www.news.example')).toBe(true);
    expect(isSiteDisabled(s, 'othernews.example')).toBe(false);
  });
});

describe('normaliseSite', () => {
  it('turns what a reader types into a host name', () => {
    expect(normaliseSite(' https://www.Example.com/path?q=1 ')).toBe('www.example.com');
    expect(normaliseSite('example.org')).toBe('example.org');
    expect(normaliseSite('not a site')).toBeNull();
    expect(normaliseSite('')).toBeNull();
  });
});

describe('setSiteEnabled', () => {
  beforeEach(() => fakeBrowser.reset());

  it('switches a site off once, and back on', async () => {
    await setSiteEnabled('news.example', false);
    await setSiteEnabled('news.example', false);
    expect((await loadSettings()).disabledSites).toEqual(['news.example']);
    await setSiteEnabled('news.example', true);
    expect((await loadSettings()).disabledSites).toEqual([]);
  });
});

describe('isSettings (the page’s check of the settings in a reply)', () => {
  /** Every field of whole settings, as a path, with a value of the wrong kind for it. */
  function spoilt(value: unknown, path: string[] = []): { path: string[]; bad: unknown }[] {
    if (Array.isArray(value))
      return [
        { path, bad: 'x' },
        { path: [...path, '0'], bad: 5 },
      ];
    if (typeof value === 'object' && value !== null) {
      return [
        { path, bad: [] },
        ...Object.entries(value).flatMap(([k, v]) => spoilt(v, [...path, k])),
      ];
    }
    return [{ path, bad: typeof value === 'boolean' ? 'yes' : null }];
  }
  const set = (target: Record<string, unknown>, path: string[], bad: unknown) => {
    let at: Record<string, unknown> = target;
    for (const key of path.slice(0, -1)) at = at[key] as Record<string, unknown>;
    at[path.at(-1)!] = bad;
  };

  it('takes what the schema gives, and refuses every field of it spoilt in turn', () => {
    const whole = SettingsSchema.parse({ disabledSites: ['example.org'] });
    expect(isSettings(whole)).toBe(true);
    const cases = spoilt(whole).filter((c) => c.path.length > 0);
    // Every field the schema has is among them: a field added later is checked or this fails.
    expect(cases.length).toBeGreaterThan(Object.keys(whole).length);
    for (const { path, bad } of cases) {
      const copy = structuredClone(whole) as Record<string, unknown>;
      set(copy, path, bad);
      expect(isSettings(copy), path.join('.')).toBe(false);
      // A field left out is refused too: the background always sends whole settings.
      const missing = structuredClone(whole) as Record<string, unknown>;
      set(missing, path, undefined);
      if (path.length === 1) expect(isSettings(missing), `${path.join('.')} missing`).toBe(false);
    }
    expect(isSettings(null)).toBe(false);
    expect(isSettings('on')).toBe(false);
  });
});
