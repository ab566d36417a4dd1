import type { Clock } from '../../app/ports';

export const systemClock: Clock = {
  now: () => new Date(),
  schedule(ms, fn) {
    // setTimeout overflows past ~24.8 days; no poll or snooze plan needs longer in one step.
    const timer = setTimeout(fn, Math.min(Math.max(0, ms), 2 ** 31 - 1));
    return { cancel: () => clearTimeout(timer) };
  },
};
