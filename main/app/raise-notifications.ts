// New inbox items raised as native notifications, as the settings allow (core/notify/plan.ts
// decides which, and whether many become one summary). Whatever came in is already saved, so a
// notifier that fails is logged and the next notification is still tried.
import { messageOf } from '../core/error-message';
import type { Translator } from '../core/i18n/translator';
import { planNotifications } from '../core/notify/plan';
import type { Account, PerformanceNotification, Settings } from '../core/schema';
import type { Clock, Logger, Notifier } from './ports';

export interface NotificationRaising {
  notifier: Notifier;
  clock: Clock;
  logger: Logger;
  settings(): Settings;
  translator(): Translator;
}

/** Shows, one after another, what the plan raises for `added`; settles once every one was tried. */
export async function raiseNotifications(
  added: readonly PerformanceNotification[],
  accounts: readonly Account[],
  raising: NotificationRaising,
): Promise<void> {
  const planned = planNotifications({
    added,
    accounts,
    settings: raising.settings(),
    now: raising.clock.now(),
    t: raising.translator(),
  });
  for (const notification of planned) {
    try {
      await raising.notifier.show(notification);
    } catch (error) {
      raising.logger.warn('native notification failed', { error: messageOf(error) });
    }
  }
}
