import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect } from './fixtures';
import { framePanelBeside, tabIdFor, waitForReport } from './helpers';

const here = path.dirname(fileURLToPath(import.meta.url));
const README_SHOT = path.resolve(here, '../../assets/screenshots/panel.png');

test('screenshot: the demo article with the side panel beside it (for the README)', async ({
  context,
  extensionId,
  serviceWorker,
}, testInfo) => {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 860 });
  await page.goto(`chrome-extension://${extensionId}/demo.html`);
  await waitForReport(serviceWorker, '/demo.html');
  const tabId = await tabIdFor(serviceWorker, '/demo.html');
  // The panel, pinned to the demo tab, framed beside the article (outside the article's DOM).
  const frame = await framePanelBeside(page, extensionId, tabId);
  await expect(frame.getByTestId('claims')).toContainText('Veresk');
  const file = testInfo.outputPath('panel.png');
  await page.screenshot({ path: file });
  if (process.env.UPDATE_SCREENSHOTS) {
    await mkdir(path.dirname(README_SHOT), { recursive: true });
    await copyFile(file, README_SHOT);
  }
});
