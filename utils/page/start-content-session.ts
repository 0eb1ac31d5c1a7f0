import { startPageSession } from './page-session';

/**
 * The page session as a content script runs it (once the page is shown: Chromium's loader and
 * Firefox's content script wait for that, `when-shown.ts`): the manifest styles the page, the
 * background pushes settings.
 */
export function startContentSession(signal: AbortSignal): void {
  startPageSession(document, signal, null, {
    highlightStyleInjected: true,
    settingsPushed: true,
  });
}
