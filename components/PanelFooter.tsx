import { browser } from 'wxt/browser';

/** Links to the extension's own pages: the demo article, the library manager, the settings. */
export function PanelFooter() {
  const open = (path: '/demo.html' | '/library.html' | '/options.html') => () =>
    void browser.tabs.create({ url: browser.runtime.getURL(path) });
  return (
    <footer className="panel-footer">
      <nav aria-label="Sourcelight pages">
        <button type="button" onClick={open('/demo.html')}>
          Open the demo article
        </button>
        <button type="button" onClick={open('/library.html')}>
          Source library
        </button>
        <button type="button" onClick={open('/options.html')}>
          Settings
        </button>
      </nav>
    </footer>
  );
}
