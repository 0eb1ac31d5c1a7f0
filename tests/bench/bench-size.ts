import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { PAGE_SESSION_FILE } from '../../utils/page/page-session-path';

/**
 * Bytes of what runs in pages (raw and gzip -9): the content script, a loader, with the page session
 * it loads (`utils/page/load-page-session.ts`), and the loader alone; and of the Chrome zip.
 */
export function benchSize(extensionPath: string, zipPath: string) {
  const loader = readFileSync(path.join(extensionPath, 'content-scripts/content.js'));
  const session = readFileSync(path.join(extensionPath, PAGE_SESSION_FILE));
  const content = Buffer.concat([loader, session]);
  return {
    contentScriptBytes: content.length,
    contentScriptGzipBytes: gzipSync(content, { level: 9 }).length,
    loaderBytes: loader.length,
    zipBytes: statSync(zipPath).size,
  };
}
