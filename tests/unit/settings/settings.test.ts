import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isSiteDisabled, loadSettings, saveSettings } from '@/utils/settings/settings';
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
