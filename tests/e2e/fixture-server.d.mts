/** Starts the e2e fixture server on 127.0.0.1 (port 0: any free port). */
export function startFixtureServer(
  port?: number,
): Promise<{ origin: string; close: () => Promise<void> }>;
