// The seller's choice of which new notifications raise a native notification and which of those
// make a sound, by metric group and severity. Critical items (account at risk or deactivated)
// always raise one, whatever their group, as they get through quiet hours and "pause": missing one
// can cost the account. Whether a critical one sounds is still the seller's choice.
import type { AlertPreferences, PerformanceNotification } from '../schema';

type Alerting = Pick<PerformanceNotification, 'group' | 'severity'>;

/** Whether a new notification may raise a native notification at all. */
export function raisesAlert(n: Alerting, preferences: AlertPreferences): boolean {
  if (n.severity === 'critical') return true;
  return preferences.groups[n.group] && preferences.severities[n.severity];
}

/** Whether a native notification for these items plays a sound: when any one of them should. */
export function soundsFor(items: readonly Alerting[], preferences: AlertPreferences): boolean {
  return items.some((n) => preferences.sound[n.severity]);
}
