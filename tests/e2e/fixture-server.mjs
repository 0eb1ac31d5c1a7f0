// Serves the e2e fixture pages on 127.0.0.1, plus the seed article wrapped in article HTML at
// serve time (its text is read from ../shared and never copied into this repository).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, dirname, normalize } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const pages = join(here, '..', 'fixtures', 'pages');
const corpora = join(here, '..', '..', '..', 'shared', 'corpora');
const seed = join(corpora, 'seed', 'article.txt');

const escape = (s) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
  );

async function seedPage() {
  const text = await readFile(process.env.SEED_ARTICLE ?? seed, 'utf8');
  const paragraphs = text.split(/\n+/).filter((p) => p.trim());
  const title = paragraphs[0] ?? 'Seed article';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(title.slice(0, 80))}</title></head>
<body><header><nav><a href="/">Home</a></nav></header><main><article><h1>${escape(title)}</h1>
${paragraphs
  .slice(1)
  .map((p) => `<p>${escape(p)}</p>`)
  .join('\n')}
</article></main><footer>Fixture server</footer></body></html>`;
}

/**
 * Starts the fixture server on 127.0.0.1 (port 0: any free port); resolves with its address and a
 * close function. The Chromium suite runs it as a command, the Firefox suite starts it in-process.
 */
export async function startFixtureServer(port = 0) {
  const server = createServer(handle);
  await new Promise((ok, fail) => server.once('error', fail).listen(port, '127.0.0.1', ok));
  const { port: actual } = server.address();
  return {
    origin: `http://127.0.0.1:${actual}`,
    close: () => new Promise((ok) => server.close(ok)),
  };
}

async function handle(req, res) {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  try {
    let body;
    if (url.pathname === '/seed' || url.pathname === '/seed.html') body = await seedPage();
    else if (url.pathname === '/health') body = 'ok';
    else if (url.pathname.startsWith('/corpora/')) {
      // Real saved pages from ../shared/corpora, served as they are (read at run time, never copied).
      const file = normalize(
        join(corpora, decodeURIComponent(url.pathname.slice('/corpora/'.length))),
      );
      if (!file.startsWith(corpora + '/') || file.includes('holdout')) throw new Error('outside');
      body = await readFile(file);
    } else {
      const file = normalize(join(pages, url.pathname === '/' ? 'index.html' : url.pathname));
      if (!file.startsWith(pages)) throw new Error('outside');
      body = await readFile(file.endsWith('.html') ? file : `${file}.html`, 'utf8');
    }
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      // `?cache=ok`: a page the browser may keep in its back/forward cache (no-store keeps it out).
      'cache-control': url.searchParams.get('cache') === 'ok' ? 'no-cache' : 'no-store',
      // `?csp=none`: the page allows no script, style or fetch of any origin, its own included.
      ...(url.searchParams.get('csp') === 'none' && {
        'content-security-policy': "default-src 'none'",
      }),
    });
    res.end(body);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { origin } = await startFixtureServer(Number(process.env.FIXTURE_PORT ?? 4173));
  console.log(`fixtures on ${origin}`);
}
