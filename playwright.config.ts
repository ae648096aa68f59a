import { defineConfig } from '@playwright/test';
import type { HubOptions } from './e2e/support/fixtures';
import chromiumFlags from './scripts/chromium-flags.cjs';

/**
 * End-to-end tests: the production build served by the simulated hub (one origin, like the real hub),
 * Debian's Chromium, and each test against a fresh hub, on aedes and on mosquitto.
 */
export default defineConfig<HubOptions>({
  testDir: './e2e',
  outputDir: './test-results',
  fullyParallel: true,
  workers: process.env['CI'] ? 2 : 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['./e2e/support/summary-reporter.ts']],
  use: {
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env['CHROME_BIN'] ?? '/usr/bin/chromium',
      args: chromiumFlags,
    },
    viewport: { width: 1280, height: 800 },
    // The service worker prefetches 4 MB of fonts into every fresh context, which slows every test by
    // seconds; pwa.spec.ts allows it and tests what it does.
    serviceWorkers: 'block',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    { name: 'aedes', use: { broker: 'aedes' }, testIgnore: /proxied\.spec/ },
    { name: 'mosquitto', use: { broker: 'mosquitto' }, testIgnore: /proxied\.spec/ },
    // As with a real hub: the hub serves no dashboard; the serve command serves it over HTTPS with a
    // generated certificate and proxies the hub's paths, /mqtt/ included.
    {
      name: 'proxied',
      use: { broker: 'aedes', viaServeCommand: true, ignoreHTTPSErrors: true },
      testMatch: /(proxied|sign-in|live|control|notifications)\.spec\.ts/,
    },
  ],
});
