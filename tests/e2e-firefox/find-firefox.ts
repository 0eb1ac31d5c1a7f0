import { existsSync } from 'node:fs';

/** Where Debian's packages put Firefox. */
const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

/** The Firefox binary the tests use: FIREFOX_PATH if set, else Debian's; null when there is none. */
export function findFirefox(): string | null {
  const given = process.env.FIREFOX_PATH;
  if (given) return existsSync(given) ? given : null;
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

/** What to tell the reader when there is no Firefox. */
export const NO_FIREFOX = `No Firefox at ${process.env.FIREFOX_PATH ?? CANDIDATES.join(' or ')}.
The Firefox end-to-end tests load the extension into a real Firefox ESR. Install it:
  Debian/Ubuntu:  sudo apt-get update
                  sudo apt-get install -y firefox-esr
or point FIREFOX_PATH at a Firefox (140 or later) binary:
  FIREFOX_PATH=/path/to/firefox npm test`;
