// A host started on a simulated clock (`serve --clock-start --clock-speed`) keeps its own time:
// the specs wait for that time, read from Today's summary, not for the wall clock's.
import { expect } from '@playwright/test';
import type { FlagwatchApi } from '../../../preload/contract';

/** The host's own time, in milliseconds: Today's summary is worked out as of its clock. */
export async function hostNow(api: FlagwatchApi): Promise<number> {
  return Date.parse((await api.invoke('today.get', {})).generatedAt);
}

/** Waits (a minute at most) until the host's clock has reached `at` (milliseconds). */
export async function waitForHostTime(api: FlagwatchApi, at: number): Promise<void> {
  await expect.poll(() => hostNow(api), { timeout: 60_000, intervals: [50] }).toBeGreaterThanOrEqual(at);
}
