import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';

/** Chromium, found the way a user expects: $CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's own. */
export function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  return undefined;
}

/** The production build is tested under a sub-path, as GitHub Pages serves a fork. */
export const BASE = '/ml-dojo/';
const PORT = Number(process.env.E2E_PORT ?? 4329);
/** Where the cross-origin-isolated copy of the build is served. */
export const ISOLATED_PORT = PORT + 1;

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 90_000,
  expect: { timeout: 30_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}${BASE}`,
    launchOptions: {
      executablePath: chromiumPath(),
      args: ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--no-sandbox'],
    },
    trace: 'off',
    // The offline service worker is tested on its own (offline.spec.ts); elsewhere it would
    // fetch around Playwright's network routes and make tests depend on what it cached.
    serviceWorkers: 'block',
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: [
    {
      command: `node scripts/serve-dist.ts --port ${PORT} --base ${BASE}`,
      url: `http://127.0.0.1:${PORT}${BASE}`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      // The same build with COOP/COEP headers: the cross-origin-isolated mode (tests/e2e/runner-isolated.spec.ts).
      command: `node scripts/serve-dist.ts --port ${ISOLATED_PORT} --base ${BASE} --isolate`,
      url: `http://127.0.0.1:${ISOLATED_PORT}${BASE}`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
