import { defineConfig } from '@playwright/test';

const port = Number(process.env.FIXTURE_PORT ?? 4173);

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  // Each test launches its own Chromium with the extension: one at a time on a 2-core machine.
  workers: 1,
  fullyParallel: false,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? 'list' : [['list']],
  use: { baseURL: `http://127.0.0.1:${port}` },
  webServer: {
    command: `node tests/e2e/fixture-server.mjs`,
    url: `http://127.0.0.1:${port}/health`,
    reuseExistingServer: !process.env.CI,
    env: { FIXTURE_PORT: String(port) },
  },
});
