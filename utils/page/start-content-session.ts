import { startPageSession } from './page-session';
import { whenShown } from './when-shown';

/**
 * The page session as a content script runs it, once the page is not a prerender the reader has
 * not gone to: the manifest styles the page, the background pushes settings.
 */
export function startContentSession(signal: AbortSignal): void {
  void whenShown(document, signal).then(() =>
    startPageSession(document, signal, null, {
      highlightStyleInjected: true,
      settingsPushed: true,
    }),
  );
}
