// Fails early, with the fix, when there is no Firefox or no Firefox build for the e2e tests.
import { existsSync } from 'node:fs';
import { findFirefox, NO_FIREFOX } from './find-firefox';
import { FIREFOX_EXTENSION_PATH } from './firefox-session';

if (!findFirefox()) {
  console.error(NO_FIREFOX);
  process.exit(1);
}
if (!existsSync(`${FIREFOX_EXTENSION_PATH}/manifest.json`)) {
  console.error(
    `No Firefox build at ${FIREFOX_EXTENSION_PATH}: run 'npm run build:firefox' first.`,
  );
  process.exit(1);
}
