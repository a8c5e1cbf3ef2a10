import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';
import { ELECTRON_SKIP_REASON, electronBinaryPath } from './e2e/support/electronBinary';

const chromium = process.env.CHROMIUM_PATH ?? ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((p) => existsSync(p));

const chromiumUse = {
  browserName: 'chromium' as const,
  launchOptions: {
    executablePath: chromium,
    args: ['--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  },
};

// One clear line, once (the config is also loaded by each worker).
if (!electronBinaryPath() && process.env.TEST_WORKER_INDEX === undefined) console.log(ELECTRON_SKIP_REASON);

export default defineConfig({
  testDir: 'e2e/journeys',
  outputDir: 'test-results',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    viewport: { width: 1280, height: 800 },
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'chromium-loopback', use: chromiumUse },
    // The same journeys in the real Electron app; the `page` fixture is not used there.
    { name: 'electron', use: chromiumUse },
  ],
});
