// A failed command, kept as data ("load the settings" + the host's reason) and put into words
// only when shown, so it reads in the window's language even after a switch.
import { messageOf } from '../../main/core/error-message';
import type { MessageKey } from '../../main/core/i18n/catalogue';
import type { Translator } from '../../main/core/i18n/translator';

export interface Failure {
  /** What was attempted, as a catalogue key ("load the settings"). */
  action: MessageKey;
  /** Why it failed, as the host or the browser said it. */
  reason: string;
}

export function failureOf(action: MessageKey, error: unknown): Failure {
  return { action, reason: messageOf(error) };
}

/** "Could not load the settings: the disk is full." */
export function failureText(translator: Translator, failure: Failure): string {
  const reason = failure.reason.trim() || translator.t('common.unknownError');
  return translator.t('common.couldNot', { action: translator.t(failure.action), reason });
}
