// What a failed check says under its banner: the source's own message as its own sentence, what
// the window still shows, and when Flagwatch tries again. The same words for every account.
import type { Translator } from '../../main/core/i18n/translator';
import { formatMoment } from '../format/dates';
import { sentences } from './sentences';

export interface FailedCheck {
  error: string | null;
  lastSuccessAt: string | null;
  nextPollAt: string | null;
}

export function checkFailureText(i18n: Translator, check: FailedCheck, now: Date): string {
  const parts = [ensureStop(check.error ?? '')];
  if (check.lastSuccessAt)
    parts.push(i18n.t('window.checkFailed.shownAsOf', { time: formatMoment(i18n, check.lastSuccessAt, now) }));
  if (check.nextPollAt)
    parts.push(i18n.t('window.checkFailed.retryAt', { time: formatMoment(i18n, check.nextPollAt, now) }));
  return sentences(i18n, parts);
}

/** The host's message as a sentence of its own, ended the way its own language ends one. */
function ensureStop(text: string): string {
  if (/[.!?…。！？]$/.test(text)) return text;
  return /[\u3400-\u9fff]$/.test(text) ? `${text}。` : `${text}.`;
}
