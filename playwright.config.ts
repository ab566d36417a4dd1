// End-to-end tests: the built app (`npm run build` first) run by `flagwatch serve` in a real
// child process, driven in the system's Chromium. Each test starts its own server on a free
// port with its own data folder, so there is no webServer here.
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/e2e/support/chromium';

export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/support/global-setup.ts',
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: 'list',
  use: {
    browserName: 'chromium',
    launchOptions: chromiumLaunchOptions,
    viewport: { width: 1200, height: 900 },
    trace: 'retain-on-failure',
  },
});
