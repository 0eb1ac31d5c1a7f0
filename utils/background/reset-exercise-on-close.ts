import { browser } from 'wxt/browser';
import { sendToPage } from '../messaging/transport';
import { tabOfExercisePort } from '../messaging/exercise-port';

/**
 * A closed panel cannot tell the page that its exercise ended, so the panel holds a port open while
 * one runs: when the port drops (panel closed, or the round ended), the page's highlights come back.
 */
export function resetExerciseOnClose(): void {
  browser.runtime.onConnect.addListener((port) => {
    const tabId = tabOfExercisePort(port.name);
    if (tabId === null) return;
    port.onDisconnect.addListener(() => {
      void sendToPage(tabId, { type: 'setExerciseMode', tabId, on: false });
    });
  });
}
