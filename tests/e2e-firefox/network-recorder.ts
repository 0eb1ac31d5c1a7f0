// Records every request Firefox tries to send beyond 127.0.0.1. Firefox is pointed at this proxy
// for HTTP and HTTPS (127.0.0.1 and localhost bypass it), so requests from every context reach it:
// the background page, the sidebar, extension tabs, content scripts, and Firefox itself. Nothing
// is forwarded. BiDi's network events would miss the background page's requests.
import http from 'node:http';
import type { Socket } from 'node:net';

/** One request that tried to leave the machine. */
export interface OutsideRequest {
  method: string;
  /** The URL (plain HTTP), or host:port (HTTPS, of which a proxy sees only the CONNECT). */
  target: string;
}

/** A recording proxy and the Firefox prefs that send all traffic through it. */
export async function startNetworkRecorder(): Promise<{
  requests: OutsideRequest[];
  prefs: Record<string, unknown>;
  close: () => Promise<void>;
}> {
  const requests: OutsideRequest[] = [];
  const sockets = new Set<Socket>();
  const server = http.createServer((req, res) => {
    requests.push({ method: req.method ?? '?', target: req.url ?? '?' });
    res.writeHead(502, { 'content-type': 'text/plain' }).end('blocked by the test proxy');
  });
  server.on('connect', (req: http.IncomingMessage, socket: Socket) => {
    requests.push({ method: 'CONNECT', target: req.url ?? '?' });
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as { port: number };
  return {
    requests,
    prefs: {
      'network.proxy.type': 1, // manual
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': port,
      'network.proxy.no_proxies_on': '127.0.0.1,localhost',
      'network.proxy.allow_hijacking_localhost': false,
      // No lookups or connections made ahead of a request (they would bypass the proxy's record).
      'network.dns.disablePrefetch': true,
      'network.predictor.enabled': false,
      'network.http.speculative-parallel-limit': 0,
    },
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise((ok) => server.close(ok));
    },
  };
}
