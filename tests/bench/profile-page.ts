import type { BrowserContext } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { summarizeProfile, type CpuProfile } from './cpu-profile';
import { waitForDone } from './wait-for-mark';

/**
 * CPU time of the extension's code on one load of `url` (CDP Profiler, 100 µs sampling), with
 * its hottest functions; the raw profile is saved to `saveTo` (open it in Chrome DevTools).
 */
export async function profilePage(
  context: BrowserContext,
  origin: string,
  url: string,
  extensionId: string,
  saveTo?: string,
) {
  const page = await context.newPage();
  // Same-site first, so the navigation below stays in the renderer the profiler is attached to.
  await page.goto(`${origin}/blank.html`);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.goto(url);
  await waitForDone(page);
  const { profile } = await cdp.send('Profiler.stop');
  await page.close();
  if (saveTo) writeFileSync(saveTo, JSON.stringify(profile));
  return summarizeProfile(profile as CpuProfile, `chrome-extension://${extensionId}/`);
}
