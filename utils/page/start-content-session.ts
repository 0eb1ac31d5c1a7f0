import { startPageSession } from './page-session';

/** The page session as a content script runs it: the manifest styles the page, the background pushes settings. */
export function startContentSession(signal: AbortSignal): void {
  startPageSession(document, signal, null, {
    highlightStyleInjected: true,
    settingsPushed: true,
  });
}
