// A live countdown's words: days and hours while more than a day is left, hours and minutes
// within a day, minutes and seconds within the hour, so the text changes only as often as it has
// to (a window full of countdowns re-renders each one once a minute until the last hour).
import type { Translator } from '../i18n/translator';

export function countdownText(msLeft: number, t: Translator): string {
  if (msLeft <= 0) return t.t('clocks.countdown.passed');
  const seconds = Math.floor(msLeft / 1000);
  const minutes = Math.floor(seconds / 60);
  const hours = Math.floor(minutes / 60);
  if (hours >= 24) return t.t('clocks.countdown.days', { days: Math.floor(hours / 24), hours: hours % 24 });
  if (hours >= 1) return t.t('clocks.countdown.hours', { hours, minutes: minutes % 60 });
  return t.t('clocks.countdown.minutes', { minutes, seconds: seconds % 60 });
}
