// The Notifier port through Electron's Notification: shown under the app's own identity, and a
// click opens what it announced. Where the OS offers no notifications to Electron, the
// fallback (node-notifier) shows them instead.
import { Notification, type NotificationConstructorOptions } from 'electron';
import { escapeMarkup } from '../adapters/notifier/markup';
import type { NativeNotification, Notifier } from '../app/ports';

export interface ElectronNotifierOptions {
  fallback: Notifier;
  /** A notification was clicked: the notification it announced, or null for a summary (the inbox). */
  onClick(notificationId: string | null): void;
  /** The morning digest was clicked: show the Today view. */
  onOpenToday(): void;
  platform: NodeJS.Platform;
}

export function createElectronNotifier({
  fallback,
  onClick,
  onOpenToday,
  platform,
}: ElectronNotifierOptions): Notifier {
  // A Notification that is garbage-collected loses its click handler: hold each until it is done.
  const pending = new Set<Notification>();
  return {
    async show(request) {
      if (!Notification.isSupported()) return fallback.show(request);
      const notification = new Notification(notificationOptions(request, platform));
      pending.add(notification);
      notification.on('click', () => {
        pending.delete(notification);
        if (request.opens === 'today') onOpenToday();
        else onClick(request.notificationId);
      });
      notification.on('close', () => pending.delete(notification));
      notification.show();
    },
  };
}

function notificationOptions(
  { title, body, urgency, silent }: NativeNotification,
  platform: NodeJS.Platform,
): NotificationConstructorOptions {
  return {
    title,
    // Linux daemons read the body as markup; text from sources must show as text.
    body: platform === 'linux' ? escapeMarkup(body) : body,
    urgency,
    // A critical item stays on screen until the seller dismisses it.
    timeoutType: urgency === 'critical' ? 'never' : 'default',
    silent: silent ?? false,
  };
}
