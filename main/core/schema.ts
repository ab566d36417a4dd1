// The domain's data shapes, as zod schemas so the contract, the stores and the sources all
// validate against one definition. Types are inferred from the schemas, never written twice.
import { z } from 'zod/mini';
import { LanguageSettingSchema } from './i18n/locales';

export const metricGroups = ['customerService', 'policyCompliance', 'shipping', 'account'] as const;
export const MetricGroupSchema = z.enum(metricGroups);
export type MetricGroup = z.infer<typeof MetricGroupSchema>;

/** Ordered from least to most urgent; `severityRank` relies on this order. */
export const severities = ['info', 'warning', 'high', 'critical'] as const;
export const SeveritySchema = z.enum(severities);
export type Severity = z.infer<typeof SeveritySchema>;

/** An instant as ISO 8601 text with its offset (`2026-11-02T09:00:00.000Z`): the one date shape every schema uses. */
export const IsoDateSchema = z.iso.datetime({ offset: true });

export const AccountSchema = z.object({
  id: z.string().check(z.minLength(1)),
  name: z.string().check(z.minLength(1)),
  source: z.string().check(z.minLength(1)),
  sellerId: z.optional(z.string()),
  marketplaceIds: z.array(z.string().check(z.minLength(1))),
});
export type Account = z.infer<typeof AccountSchema>;

/** What a source reports: a notification as Amazon (or the demo) states it, before the inbox adds its own state. */
export const SourceNotificationSchema = z.object({
  accountId: z.string().check(z.minLength(1)),
  marketplaceId: z.string().check(z.minLength(1)),
  group: MetricGroupSchema,
  metric: z.string().check(z.minLength(1)),
  /** The source's natural key for this event (e.g. a violation's date and ASINs); part of the stable id. */
  key: z.string().check(z.minLength(1)),
  title: z.string().check(z.minLength(1)),
  text: z.string(),
  severity: SeveritySchema,
  asins: z.array(z.string()),
  policy: z.optional(z.string()),
  requiredAction: z.optional(z.string()),
  occurredAt: IsoDateSchema,
  deadline: z.nullable(IsoDateSchema),
});
export type SourceNotification = z.infer<typeof SourceNotificationSchema>;

export const NotificationStatusSchema = z.enum(['open', 'resolved']);
export type NotificationStatus = z.infer<typeof NotificationStatusSchema>;

/**
 * Amazon's own notice about a notification (an email or a paste from Seller Central), kept as
 * written. On a notification inferred from a report it enriches it; a poll never drops it.
 */
export const NoticeAttachmentSchema = z.object({
  /** Where the notice came from. */
  origin: z.enum(['email', 'paste']),
  /** Identifies the notice's content, so the same notice seen twice is recognised. */
  contentKey: z.string().check(z.minLength(1)),
  receivedAt: IsoDateSchema,
  title: z.string(),
  text: z.string(),
  asins: z.array(z.string()),
  policy: z.nullable(z.string()),
  requiredAction: z.nullable(z.string()),
  deadline: z.nullable(IsoDateSchema),
  deadlineText: z.nullable(z.string()),
  language: z.enum(['en', 'de', 'ja', 'zh']),
  links: z.array(z.string()),
});
export type NoticeAttachment = z.infer<typeof NoticeAttachmentSchema>;

export const PerformanceNotificationSchema = z.extend(SourceNotificationSchema, {
  id: z.string().check(z.minLength(1)),
  source: z.string().check(z.minLength(1)),
  receivedAt: IsoDateSchema,
  status: NotificationStatusSchema,
  resolvedAt: z.nullable(IsoDateSchema),
  /** Set when an accepted appeal closed it: the same event still reported by a source keeps it closed. */
  resolvedBy: z.optional(z.enum(['source', 'appeal'])),
  read: z.boolean(),
  snoozedUntil: z.nullable(IsoDateSchema),
  notice: z.optional(NoticeAttachmentSchema),
});
export type PerformanceNotification = z.infer<typeof PerformanceNotificationSchema>;

export const TargetConditionSchema = z.enum(['LESS_THAN', 'GREATER_THAN', 'EQUALS']);
export type TargetCondition = z.infer<typeof TargetConditionSchema>;

export const TargetSchema = z.object({ value: z.number(), condition: TargetConditionSchema });
export type Target = z.infer<typeof TargetSchema>;

export const MetricReadingSchema = z.object({
  accountId: z.string().check(z.minLength(1)),
  marketplaceId: z.string().check(z.minLength(1)),
  metric: z.string().check(z.minLength(1)),
  value: z.number(),
  /** The report's own target when it carried one; otherwise the catalog's default is used. */
  target: z.optional(TargetSchema),
  at: IsoDateSchema,
  /** For a rate: the orders it counts and how many of them count against it, when the report says. */
  counts: z.optional(z.object({ orders: z.int().check(z.nonnegative()), defects: z.int().check(z.nonnegative()) })),
  /** The period the report counted, when it says. */
  window: z.optional(z.object({ from: IsoDateSchema, to: IsoDateSchema })),
});
export type MetricReading = z.infer<typeof MetricReadingSchema>;

/** One poll's answer from a source: the full current picture for the accounts it covers. */
export const SnapshotSchema = z.object({
  source: z.string().check(z.minLength(1)),
  takenAt: IsoDateSchema,
  accounts: z.array(AccountSchema),
  metrics: z.array(MetricReadingSchema),
  notifications: z.array(SourceNotificationSchema),
});
export type Snapshot = z.infer<typeof SnapshotSchema>;

export const TrayStateSchema = z.enum(['idle', 'active', 'error', 'offline']);
export type TrayState = z.infer<typeof TrayStateSchema>;

export const BadgeSchema = z.object({
  unread: z.int().check(z.nonnegative()),
  highestSeverity: z.nullable(SeveritySchema),
  state: TrayStateSchema,
  tooltip: z.string(),
  /** Id of the most urgent unread notification, for "open the one that matters". */
  mostUrgentId: z.nullable(z.string()),
});
export type Badge = z.infer<typeof BadgeSchema>;

/** A local wall-clock time of day, "HH:MM" (24-hour). */
export const ClockTimeSchema = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/));

export const QuietHoursSchema = z.object({
  enabled: z.boolean(),
  /** A window may cross midnight (22:00–07:00). */
  start: ClockTimeSchema,
  end: ClockTimeSchema,
});
export type QuietHours = z.infer<typeof QuietHoursSchema>;

/** A day of the week as `Date.getDay()` counts it: 0 is Sunday. */
export const WeekdaySchema = z.int().check(z.minimum(0), z.maximum(6));

/** The morning digest: one calm summary a day, at `time` local, on the chosen days. */
export const DigestSettingsSchema = z.object({
  enabled: z.boolean(),
  time: ClockTimeSchema,
  /** Each day at most once; an empty list sends no digest. */
  days: z.array(WeekdaySchema).check(
    z.maxLength(7),
    z.refine((days) => new Set(days).size === days.length, 'each day only once'),
  ),
});
export type DigestSettings = z.infer<typeof DigestSettingsSchema>;

export const defaultDigestSettings: DigestSettings = { enabled: true, time: '09:00', days: [0, 1, 2, 3, 4, 5, 6] };

/**
 * Which new notifications raise a native one, and which of those make a sound. Critical items
 * (account at risk or deactivated) always raise one, whatever their group: `critical` cannot be off.
 */
export const AlertPreferencesSchema = z.object({
  groups: z.object({
    customerService: z.boolean(),
    policyCompliance: z.boolean(),
    shipping: z.boolean(),
    account: z.boolean(),
  }) satisfies z.ZodMiniType<Record<MetricGroup, boolean>>,
  severities: z.object({ info: z.boolean(), warning: z.boolean(), high: z.boolean(), critical: z.literal(true) }),
  sound: z.object({
    info: z.boolean(),
    warning: z.boolean(),
    high: z.boolean(),
    critical: z.boolean(),
  }) satisfies z.ZodMiniType<Record<Severity, boolean>>,
});
export type AlertPreferences = z.infer<typeof AlertPreferencesSchema>;

export const defaultAlertPreferences: AlertPreferences = {
  groups: { customerService: true, policyCompliance: true, shipping: true, account: true },
  severities: { info: true, warning: true, high: true, critical: true },
  sound: { info: true, warning: true, high: true, critical: true },
};

/**
 * Accounts and marketplaces the seller chose not to see: still checked and kept, but left out of
 * the window, the badge and native notifications until shown again.
 */
export const HiddenSchema = z.object({
  accounts: z.array(z.string().check(z.minLength(1))),
  /** Marketplace ids, hidden for every account. */
  marketplaces: z.array(z.string().check(z.minLength(1))),
});
export type Hidden = z.infer<typeof HiddenSchema>;

export const ThemeSchema = z.enum(['system', 'light', 'dark']);
export type Theme = z.infer<typeof ThemeSchema>;

/** How often Flagwatch may check, in minutes: the schema's bounds, and the Settings field's. */
export const pollIntervalLimits = { min: 1, max: 24 * 60 } as const;

export const SettingsSchema = z.object({
  pollIntervalMinutes: z.int().check(z.minimum(pollIntervalLimits.min), z.maximum(pollIntervalLimits.max)),
  notificationsPaused: z.boolean(),
  quietHours: QuietHoursSchema,
  demoSpeed: z.number().check(z.positive(), z.maximum(10_000)),
  /** The window's, the tray's and the notifications' language; "system" follows the OS. */
  language: LanguageSettingSchema,
  digest: DigestSettingsSchema,
  alerts: AlertPreferencesSchema,
  hidden: HiddenSchema,
  theme: ThemeSchema,
  /** Applied by hosts that can start with the system (Electron on Windows and macOS). */
  launchAtLogin: z.boolean(),
  /** Warn before contacting Seller Support again about a notification within this many days. */
  supportRepeatDays: z.int().check(z.minimum(1), z.maximum(365)),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const defaultSettings: Settings = {
  pollIntervalMinutes: 30,
  notificationsPaused: false,
  quietHours: { enabled: false, start: '22:00', end: '07:00' },
  demoSpeed: 1,
  language: 'system',
  digest: defaultDigestSettings,
  alerts: defaultAlertPreferences,
  hidden: { accounts: [], marketplaces: [] },
  theme: 'system',
  launchAtLogin: false,
  supportRepeatDays: 7,
};
