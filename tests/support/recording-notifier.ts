// A notifier that keeps each native notification it is asked to show, for a test to read back.
import type { NativeNotification, Notifier } from '../../main/app/ports';

export function recordingNotifier(): Notifier & { shown: NativeNotification[] } {
  const shown: NativeNotification[] = [];
  return { shown, show: async (notification) => void shown.push(notification) };
}
