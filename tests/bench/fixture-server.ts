import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

/**
 * A tiny static server on 127.0.0.1 (random free port) for the generated pages, and for files
 * under each of `dirs` (URL prefix → folder), read at request time, e.g. the saved real pages.
 */
export async function serveFixtures(
  pages: Record<string, string>,
  dirs: Record<string, string> = {},
): Promise<{ origin: string; close: () => Promise<void> }> {
  const fromDir = async (pathname: string): Promise<Buffer | undefined> => {
    for (const [prefix, dir] of Object.entries(dirs)) {
      if (!pathname.startsWith(prefix)) continue;
      const file = path.normalize(
        path.join(dir, decodeURIComponent(pathname.slice(prefix.length))),
      );
      if (!file.startsWith(dir + path.sep)) return undefined;
      return readFile(file).catch(() => undefined);
    }
    return undefined;
  };
  const server: Server = createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    void (async () => {
      const body = pages[pathname] ?? (await fromDir(pathname));
      res.writeHead(body === undefined ? 404 : 200, {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-store',
      });
      res.end(body ?? 'not found');
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
