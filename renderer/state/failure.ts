// A failed command, kept as data ("load the settings" + why) and put into words only when
// shown, so it reads in the window's language even after a switch. The host's reasons are its
// own words; a lost connection is the page's, and is said in the window's language.
import { messageOf } from '../../main/core/error-message';
import type { MessageKey } from '../../main/core/i18n/catalogue';
import type { Translator } from '../../main/core/i18n/translator';
import { FlagwatchError } from '../../preload/bridge';

export interface Failure {
  /** What was attempted, as a catalogue key ("load the settings"). */
  action: MessageKey;
  /** Why it failed: the host's or the browser's words, or one of ours. */
  reason: { text: string } | { key: MessageKey };
}

export function failureOf(action: MessageKey, error: unknown): Failure {
  const disconnected = error instanceof FlagwatchError && error.code === 'disconnected';
  return { action, reason: disconnected ? { key: 'window.reason.disconnected' } : { text: messageOf(error) } };
}

/**
 * Runs `action` and hands `keep` the outcome: its failure as what was attempted and why, or null
 * once it succeeds. Resolves to whether it succeeded.
 */
export async function attempt(
  what: MessageKey,
  action: () => Promise<void>,
  keep: (failure: Failure | null) => void,
): Promise<boolean> {
  try {
    await action();
    keep(null);
    return true;
  } catch (error) {
    keep(failureOf(what, error));
    return false;
  }
}

/** "Could not load the settings: the disk is full." */
export function failureText(translator: Translator, failure: Failure): string {
  const reason =
    'key' in failure.reason
      ? translator.t(failure.reason.key)
      : failure.reason.text.trim() || translator.t('common.unknownError');
  return translator.t('common.couldNot', { action: translator.t(failure.action), reason });
}
