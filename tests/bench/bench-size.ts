import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** Bytes of the built content script (raw and gzip -9) and of the Chrome zip. */
export function benchSize(extensionPath: string, zipPath: string) {
  const content = readFileSync(path.join(extensionPath, 'content-scripts/content.js'));
  return {
    contentScriptBytes: content.length,
    contentScriptGzipBytes: gzipSync(content, { level: 9 }).length,
    zipBytes: statSync(zipPath).size,
  };
}
