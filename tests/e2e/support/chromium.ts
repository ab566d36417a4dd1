// How the end-to-end tests and the screenshot script launch Chromium: the system's own build
// (no browser download), kept from calling Google's services in the background.
import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

export const chromiumPath = process.env.FLAGWATCH_CHROMIUM ?? '/usr/bin/chromium';

export const chromiumLaunchOptions: LaunchOptions = {
  executablePath: chromiumPath,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
};

export function assertChromiumInstalled(): void {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Chromium is not at ${chromiumPath}. Install it (Debian: apt-get install -y chromium) ` +
        'or point FLAGWATCH_CHROMIUM at a Chromium executable.',
    );
  }
}
