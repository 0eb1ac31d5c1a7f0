import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { loadSettings, saveSettings, type Settings } from '@/utils/settings/settings';
import { normaliseSite } from '@/utils/settings/normalise-site';
import { SettingCheckbox } from './SettingCheckbox';

const KIND_LABELS = {
  quote: 'Quotes and reported claims',
  term: 'Loaded terms',
  sourcing: 'Vague sourcing',
} as const;

/** The settings page: what gets highlighted, hover cards, and the sites Sourcelight stays off. */
export function OptionsApp() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [site, setSite] = useState('');
  const [message, setMessage] = useState('');

  useEffect(() => {
    void loadSettings().then(setSettings);
  }, []);
  if (!settings) return <p role="status">Loading settings…</p>;

  const save = async (change: Partial<Settings>): Promise<void> => {
    // Show the change at once (a checkbox must not lag the click), then store it.
    setSettings({ ...settings, ...change });
    setSettings(await saveSettings(change));
    setMessage('Saved.');
  };
  const addSite = (): void => {
    const host = normaliseSite(site);
    if (!host) return setMessage('Enter a site such as example.com.');
    if (!settings.disabledSites.includes(host))
      void save({ disabledSites: [...settings.disabledSites, host] });
    setSite('');
  };

  return (
    <main className="options">
      <h1>Sourcelight settings</h1>
      <p>
        <a href={browser.runtime.getURL('/demo.html')} target="_blank" rel="noreferrer">
          Open the demo article
        </a>{' '}
        ·{' '}
        <a href={browser.runtime.getURL('/library.html')} target="_blank" rel="noreferrer">
          Manage the source library
        </a>
      </p>
      <fieldset>
        <legend>On article pages</legend>
        <SettingCheckbox
          name="highlights"
          checked={settings.highlights}
          onChange={(on) => void save({ highlights: on })}
        >
          Highlight findings in the page
        </SettingCheckbox>
        {(['quote', 'term', 'sourcing'] as const).map((kind) => (
          <SettingCheckbox
            key={kind}
            name={`kind-${kind}`}
            checked={settings.kinds[kind]}
            disabled={!settings.highlights}
            onChange={(on) => void save({ kinds: { ...settings.kinds, [kind]: on } })}
          >
            {KIND_LABELS[kind]}
          </SettingCheckbox>
        ))}
        <SettingCheckbox
          name="possibleTerms"
          checked={settings.possibleTerms}
          onChange={(on) => void save({ possibleTerms: on })}
        >
          Also flag words a learned model finds possibly loaded (lighter highlight; the model is
          less sure than the word list)
        </SettingCheckbox>
        <SettingCheckbox
          name="hoverCards"
          checked={settings.hoverCards}
          onChange={(on) => void save({ hoverCards: on })}
        >
          Show a card when the pointer rests on a highlight
        </SettingCheckbox>
      </fieldset>
      <fieldset>
        <legend>Sites where Sourcelight is off</legend>
        {settings.disabledSites.length === 0 && <p>None.</p>}
        <ul data-testid="disabled-sites">
          {settings.disabledSites.map((s) => (
            <li key={s}>
              {s}{' '}
              <button
                type="button"
                onClick={() =>
                  void save({ disabledSites: settings.disabledSites.filter((x) => x !== s) })
                }
              >
                Turn back on
              </button>
            </li>
          ))}
        </ul>
        <label>
          Site{' '}
          <input
            name="site"
            value={site}
            onChange={(e) => setSite(e.target.value)}
            placeholder="example.com"
          />
        </label>{' '}
        <button type="button" onClick={addSite}>
          Turn off on this site
        </button>
      </fieldset>
      <p role="status" data-testid="options-status">
        {message}
      </p>
    </main>
  );
}
