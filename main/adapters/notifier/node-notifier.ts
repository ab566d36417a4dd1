// The Notifier port over node-notifier: notify-send on Linux, terminal-notifier on macOS,
// SnoreToast on Windows. Used by the Node host, and by the Electron host as its fallback.
import notifier from 'node-notifier';
import type { NativeNotification, Notifier } from '../../app/ports';
import { escapeMarkup } from './markup';

export const APP_NAME = 'Flagwatch';

/** What we hand node-notifier. notify-send reads 'app-name' and 'urgency'; other backends ignore them. */
export interface NotifyOptions {
  title: string;
  message: string;
  'app-name': string;
  urgency: NativeNotification['urgency'];
  /** Seconds before the notification expires; 0 keeps it until dismissed. */
  timeout?: number;
  /** terminal-notifier and SnoreToast: false plays no sound. */
  sound?: false;
  /** notify-send: a hint the notification daemon reads, here to keep it silent. */
  hint?: string;
  wait: false;
}

/** node-notifier calls back with an Error when the backend failed, otherwise with its (possibly empty) stderr. */
export type NotifyCallback = (error: Error | string | null, response?: string) => void;

export interface NotifyBackend {
  notify(options: NotifyOptions, callback: NotifyCallback): unknown;
}

export interface NodeNotifierOptions {
  backend?: NotifyBackend;
  /** Decides how text is prepared: Linux and the BSDs go through notify-send. */
  platform?: NodeJS.Platform;
}

export function createNodeNotifier({
  backend = notifier,
  platform = process.platform,
}: NodeNotifierOptions = {}): Notifier {
  const viaNotifySend = platform === 'linux' || platform.endsWith('bsd');
  return {
    show: (notification) =>
      new Promise((resolve, reject) => {
        backend.notify(notifyOptionsFor(notification, viaNotifySend), (error) => {
          if (error instanceof Error) reject(notifyFailure(error));
          else resolve();
        });
      }),
  };
}

function notifyOptionsFor(notification: NativeNotification, viaNotifySend: boolean): NotifyOptions {
  return {
    // node-notifier turns a newline into a literal "\n", which a title would show as is.
    title: notification.title.replace(/\s*\n\s*/g, ' '),
    message: viaNotifySend ? notifySendBody(notification.body) : notification.body,
    'app-name': APP_NAME,
    urgency: notification.urgency,
    // A critical item stays on screen until the seller dismisses it.
    ...(notification.urgency === 'critical' ? { timeout: 0 } : {}),
    ...(notification.silent ? silently(viaNotifySend) : {}),
    wait: false,
  };
}

function silently(viaNotifySend: boolean): Pick<NotifyOptions, 'sound' | 'hint'> {
  return viaNotifySend ? { hint: 'boolean:suppress-sound:true' } : { sound: false };
}

// notify-send reads C escapes in the body (that is how node-notifier's "\n" becomes a line
// break again), so a backslash from the text must reach it doubled.
function notifySendBody(body: string): string {
  return escapeMarkup(body).replace(/\\/g, '\\\\');
}

function notifyFailure(error: Error): Error {
  if (/notify-send/.test(error.message) && /not found|must be installed/.test(error.message)) {
    return new Error(
      'Could not show a desktop notification: notify-send is not installed (Debian/Ubuntu package: libnotify-bin).',
      { cause: error },
    );
  }
  // The first line of a failed command repeats the whole command line, notification text included.
  const detail = error.message.replace(/^Command failed:.*\n?/, '').trim() || error.message;
  return new Error(`Could not show a desktop notification: ${detail}`, { cause: error });
}
