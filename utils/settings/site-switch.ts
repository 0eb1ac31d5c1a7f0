import { loadSettings, saveSettings } from './settings';

/** Switches Sourcelight on or off for a site (a host name and its subdomains). */
export async function setSiteEnabled(host: string, enabled: boolean): Promise<void> {
  const { disabledSites } = await loadSettings();
  const others = disabledSites.filter((s) => s !== host);
  await saveSettings({ disabledSites: enabled ? others : [...others, host] });
}
