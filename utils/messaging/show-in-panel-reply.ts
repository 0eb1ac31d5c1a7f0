import * as z from 'zod/mini';
import { lazySchema } from '../schema/lazy-schema';

/** The background's answer to `showInPanel`: whether the browser let it open the panel. */
const ShowInPanelReplySchema = lazySchema(() => z.object({ opened: z.boolean() }));

/**
 * Whether the panel opened. Firefox lets `sidebarAction.open()` run only inside a user action on
 * the extension's own UI; a click in the page that reaches the background as a message does not
 * count (https://developer.mozilla.org/docs/Mozilla/Add-ons/WebExtensions/User_actions), so there
 * the answer is false and the card says what to click instead. (A button framed from an extension
 * page would count, but would hand every page the add-on's per-install moz-extension:// address.)
 */
export function panelOpened(reply: unknown): boolean {
  const parsed = ShowInPanelReplySchema.safeParse(reply);
  return parsed.success && parsed.data.opened;
}

/** What the card says when the browser would not open the panel from the page. */
export const OPEN_PANEL_HINT =
  'Your browser lets only its toolbar open the panel: click the Sourcelight button in the toolbar (or in the Extensions menu) to see this finding there.';
