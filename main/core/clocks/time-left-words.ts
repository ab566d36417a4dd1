// "24 hours left": how a reminder names the time left, in the deadline's own time (a demo story
// running faster says the hours of its story), to the nearest hour, or in minutes under one.
import type { Translator } from '../i18n/translator';
import { hourMs } from './reminder-rules';

export function timeLeftWords(storyMsLeft: number, t: Translator): string {
  const hours = Math.round(storyMsLeft / hourMs);
  if (hours >= 1) return t.t('clocks.left.hours', { count: hours });
  return t.t('clocks.left.minutes', { count: Math.max(1, Math.round(storyMsLeft / 60_000)) });
}
