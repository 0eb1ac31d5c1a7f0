import { startPageSession } from './page-session';
import { takeHandoff } from './session-handoff';

/**
 * The page session as a content script runs it (once the page is shown: Chromium's loader and
 * Firefox's content script wait for that, `when-shown.ts`): the manifest styles the page, the
 * background pushes settings. In Chromium the loader ran the gate first and may hand over messages
 * that came while the page slept (`session-handoff.ts`); Firefox's content script has no loader.
 */
export function startContentSession(signal: AbortSignal): void {
  startPageSession(document, signal, null, {
    highlightStyleInjected: true,
    settingsPushed: true,
    handoff: takeHandoff(),
  });
}
