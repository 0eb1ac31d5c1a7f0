import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openSidePanel } from '@/utils/background/open-side-panel';

// The browser object is shared: each test swaps in the panel API of one engine and puts it back.
const api = fakeBrowser as unknown as Record<string, unknown>;
const chromeSidePanel = api.sidePanel;
afterEach(() => {
  api.sidePanel = chromeSidePanel;
  delete api.sidebarAction;
});

/** Firefox: no sidePanel, a sidebarAction whose open() refuses calls outside a user action. */
function firefoxSidebar(isOpen: boolean) {
  api.sidePanel = undefined;
  api.sidebarAction = {
    open: vi.fn(() =>
      Promise.reject(new Error('sidebarAction.open may only be called from a user input handler')),
    ),
    isOpen: vi.fn(() => Promise.resolve(isOpen)),
  };
}

describe('openSidePanel', () => {
  it('is open when Chrome opens the side panel for the tab', async () => {
    const open = vi.fn(() => Promise.resolve());
    api.sidePanel = { open };
    expect(await openSidePanel(4)).toBe(true);
    expect(open).toHaveBeenCalledWith({ tabId: 4 });
  });

  it('is not open when Chrome refuses', async () => {
    api.sidePanel = { open: () => Promise.reject(new Error('no user gesture')) };
    expect(await openSidePanel(4)).toBe(false);
  });

  it('is not open when Firefox refuses a request that came from the page', async () => {
    firefoxSidebar(false);
    expect(await openSidePanel(4)).toBe(false);
  });

  it('is open when Firefox refuses but the reader already has the sidebar open', async () => {
    firefoxSidebar(true);
    expect(await openSidePanel(4)).toBe(true);
  });
});
