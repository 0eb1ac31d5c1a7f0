// Fails early, with the fix, when there is no Chromium for the end-to-end tests.
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(path)) {
  console.error(`No Chromium at ${path}.
The end-to-end tests load the extension into a real Chromium. Install one:
  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium fonts-liberation
or point CHROMIUM_PATH at a Chromium or Chrome binary:
  CHROMIUM_PATH=/path/to/chromium npm test
(Never 'npx playwright install': the tests use the system's browser.)`);
  process.exit(1);
}
