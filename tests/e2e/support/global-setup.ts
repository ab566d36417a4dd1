// Fails the run at once, saying what to do, when the app is not built or Chromium is missing.
import { assertChromiumInstalled } from './chromium';
import { assertBuilt } from './flagwatch-process';

export default function globalSetup(): void {
  assertBuilt();
  assertChromiumInstalled();
}
