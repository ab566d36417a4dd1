// The Settings form's contents as typed, and what they ask the host to change. Checked with the
// contract's own schema, so the form refuses exactly what the host would; the words are ours.
import type { LanguageSetting } from '../../../main/core/i18n/locales';
import {
  ClockTimeSchema,
  pollIntervalLimits,
  SettingsSchema,
  type AlertPreferences,
  type Settings,
  type Theme,
} from '../../../preload/contract';
import type { Message } from '../../i18n/message';

export interface SettingsDraft {
  /** As typed: a number input gives text, possibly empty. */
  interval: string;
  paused: boolean;
  quietEnabled: boolean;
  quietStart: string;
  quietEnd: string;
  language: LanguageSetting;
  digestEnabled: boolean;
  digestTime: string;
  /** Days of the week as `Date.getDay()` counts them. */
  digestDays: number[];
  alerts: AlertPreferences;
  hiddenAccounts: string[];
  hiddenMarketplaces: string[];
  theme: Theme;
  launchAtLogin: boolean;
}

export type DraftField = keyof SettingsDraft;

/** The settings the form may change; the rest (the demo's speed) is not the seller's business. */
export type SettingsPatch = Partial<
  Pick<
    Settings,
    | 'pollIntervalMinutes'
    | 'notificationsPaused'
    | 'quietHours'
    | 'language'
    | 'digest'
    | 'alerts'
    | 'hidden'
    | 'theme'
    | 'launchAtLogin'
  >
>;

export type DraftCheck =
  { ok: true; patch: SettingsPatch } | { ok: false; errors: Partial<Record<DraftField, Message>> };

export function draftOf(settings: Settings): SettingsDraft {
  return {
    interval: String(settings.pollIntervalMinutes),
    paused: settings.notificationsPaused,
    quietEnabled: settings.quietHours.enabled,
    quietStart: settings.quietHours.start,
    quietEnd: settings.quietHours.end,
    language: settings.language,
    digestEnabled: settings.digest.enabled,
    digestTime: settings.digest.time,
    digestDays: settings.digest.days,
    alerts: settings.alerts,
    hiddenAccounts: settings.hidden.accounts,
    hiddenMarketplaces: settings.hidden.marketplaces,
    theme: settings.theme,
    launchAtLogin: settings.launchAtLogin,
  };
}

const intervalSchema = SettingsSchema.shape.pollIntervalMinutes;

/** Only the fields that differ from `current`; quiet hours and the digest travel whole, as the schema wants. */
export function checkDraft(draft: SettingsDraft, current: Settings): DraftCheck {
  const errors: Partial<Record<DraftField, Message>> = {};
  const interval = draft.interval.trim() === '' ? Number.NaN : Number(draft.interval);
  if (!intervalSchema.safeParse(interval).success) {
    errors.interval = { key: 'settings.error.interval', values: pollIntervalLimits };
  }
  const quietHours = { enabled: draft.quietEnabled, start: draft.quietStart, end: draft.quietEnd };
  const times = ClockTimeSchema;
  if (!times.safeParse(quietHours.start).success) errors.quietStart = { key: 'settings.error.quietStart' };
  if (!times.safeParse(quietHours.end).success) errors.quietEnd = { key: 'settings.error.quietEnd' };
  // The host treats an empty window as no quiet hours at all, which is surely not what was meant.
  else if (quietHours.enabled && quietHours.start === quietHours.end)
    errors.quietEnd = { key: 'settings.error.quietEmpty' };
  if (!times.safeParse(draft.digestTime).success) errors.digestTime = { key: 'settings.error.digestTime' };
  if (Object.keys(errors).length > 0) return { ok: false, errors };

  const patch: SettingsPatch = {};
  if (interval !== current.pollIntervalMinutes) patch.pollIntervalMinutes = interval;
  if (draft.paused !== current.notificationsPaused) patch.notificationsPaused = draft.paused;
  const q = current.quietHours;
  if (quietHours.enabled !== q.enabled || quietHours.start !== q.start || quietHours.end !== q.end)
    patch.quietHours = quietHours;
  if (draft.language !== current.language) patch.language = draft.language;
  const digest = { enabled: draft.digestEnabled, time: draft.digestTime, days: [...draft.digestDays].sort() };
  const d = current.digest;
  if (digest.enabled !== d.enabled || digest.time !== d.time || digest.days.join() !== [...d.days].sort().join())
    patch.digest = digest;
  if (JSON.stringify(draft.alerts) !== JSON.stringify(current.alerts)) patch.alerts = draft.alerts;
  const hidden = { accounts: [...draft.hiddenAccounts].sort(), marketplaces: [...draft.hiddenMarketplaces].sort() };
  const wasHidden = {
    accounts: [...current.hidden.accounts].sort(),
    marketplaces: [...current.hidden.marketplaces].sort(),
  };
  if (JSON.stringify(hidden) !== JSON.stringify(wasHidden)) patch.hidden = hidden;
  if (draft.theme !== current.theme) patch.theme = draft.theme;
  if (draft.launchAtLogin !== current.launchAtLogin) patch.launchAtLogin = draft.launchAtLogin;
  return { ok: true, patch };
}
