// THE contract between the renderer and main: every command (request → response) and every
// event, each with a zod schema. Main validates every payload against it before use; the
// bridge validates every answer. A command without schemas does not compile.
// It imports only pure main/core and zod, so the renderer's bundle carries nothing else of main.
import { z } from 'zod/mini';
import { AccountConfigDraftSchema, AccountConfigSchema } from '../main/core/accounts/account-config';
import { ConnectionTestResultSchema, LastTestSchema } from '../main/core/accounts/connection-test';
import {
  AnswerSchema,
  AppealContentSchema,
  AttachmentSchema,
  PlanLanguageSchema,
  SubmissionChannelSchema,
} from '../main/core/appeal/appeal-schema';
import { AppealSchema as StoredAppealSchema } from '../main/core/appeal/appeal-schema';
import { AppealSummarySchema, AppealWorkspaceSchema, SubmissionOutcomeSchema } from '../main/core/appeal/appeal-views';
import { DigestSummarySchema } from '../main/core/digest/digest-summary';
import { AppealExportSchema, exportFormats } from '../main/core/appeal-record/record-export';
import { ContactChannelSchema, SupportContactSchema } from '../main/core/support/contact-log';
import { LatestMetricSchema } from '../main/core/health/latest-metrics';
import { NoticeParseSchema, ParsedNoticeSchema, noticeTextLimit } from '../main/core/notice/notice-schema';
import { HistoryRequestSchema, MetricHistoryListSchema } from '../main/core/health/history-view';
import {
  MailboxEntrySchema,
  MailboxIdSchema,
  MailboxSaveRequestSchema,
  MailboxTestResultSchema,
} from '../main/core/mailbox/mailbox-commands';
import { MailboxConfigSchema } from '../main/core/mailbox/mailbox-config';
import {
  AccountSchema,
  BadgeSchema,
  IsoDateSchema,
  PerformanceNotificationSchema,
  SettingsSchema,
  TrayStateSchema,
} from '../main/core/schema';

export * from '../main/core/schema';
export {
  clientIdPrefix,
  marketplacesInRegion,
  maxMarketplaces,
  spapiRegions,
  type AccountConfig,
  type AccountConfigDraft,
  type SpapiRegion,
} from '../main/core/accounts/account-config';
export type { ConnectionFailureKind, ConnectionTestResult, LastTest } from '../main/core/accounts/connection-test';
export type { LatestMetric } from '../main/core/health/latest-metrics';
export type { MetricHistory } from '../main/core/health/history-view';
export type { Headroom } from '../main/core/health/headroom';
export type { DigestSummary } from '../main/core/digest/digest-summary';
export type { NoticeParse, NoticeRejection, ParsedNotice } from '../main/core/notice/parse-notice';
export type { NearTarget } from '../main/core/digest/near-target';
export { describeIssues } from '../main/core/describe-issues';
export {
  MailboxSaveRequestSchema,
  type MailboxEntry,
  type MailboxSaveRequest,
  type MailboxTestResult,
  type MailboxWatch,
} from '../main/core/mailbox/mailbox-commands';
export {
  defaultPorts,
  mailboxSecurities,
  mailboxSignIns,
  type MailboxConfig,
  type MailboxConfigDraft,
  type MailboxSecurity,
  type MailboxSignIn,
} from '../main/core/mailbox/mailbox-config';
export type { MailboxFailureKind } from '../main/core/mailbox/mailbox-failure';
export type {
  Action,
  AmazonStep,
  Answer,
  Appeal,
  AppealContent,
  AppealVersion,
  Attachment,
  Attempt,
  PlanLanguage,
  Prevention,
  RootCause,
  SubmissionChannel,
} from '../main/core/appeal/appeal-schema';
export type { AppealDraft, AppealSummary, AppealWorkspace, SubmissionOutcome } from '../main/core/appeal/appeal-views';
export type { AppealExport, ExportFormat } from '../main/core/appeal-record/record-export';
export type { ContactChannel, SupportContact } from '../main/core/support/contact-log';

const empty = z.strictObject({});

const AppealIdSchema = z.strictObject({ id: z.string().check(z.minLength(1)) });

/** The stored appeal record, as the window receives it. */
export const AppealSchema = StoredAppealSchema;

export const InboxViewSchema = z.object({
  /** In the inbox's default order (by deadline), so the window's own sort is quick; it does not rely on it. */
  notifications: z.array(PerformanceNotificationSchema),
  accounts: z.array(AccountSchema),
  badge: BadgeSchema,
});
export type InboxView = z.infer<typeof InboxViewSchema>;

/** One source's checks: a source is one Amazon account (the demo, its two simulated ones). */
export const SourceStatusSchema = z.object({
  /** What `poll.refresh` takes to check this source alone. */
  id: z.string(),
  /** The account it checks, in the seller's words; null for a source without one name. */
  label: z.nullable(z.string()),
  accountId: z.nullable(z.string()),
  polling: z.boolean(),
  lastPollAt: z.nullable(IsoDateSchema),
  /** Since the app started: the last check of this source that was saved. */
  lastSuccessAt: z.nullable(IsoDateSchema),
  nextPollAt: z.nullable(IsoDateSchema),
  /** The source's own message, naming the account; shown as it is. */
  error: z.nullable(z.string()),
});
export type SourceStatus = z.infer<typeof SourceStatusSchema>;

export const StatusSchema = z.object({
  state: TrayStateSchema,
  polling: z.boolean(),
  notificationsPaused: z.boolean(),
  lastPollAt: z.nullable(IsoDateSchema),
  lastSuccessAt: z.nullable(IsoDateSchema),
  nextPollAt: z.nullable(IsoDateSchema),
  error: z.nullable(z.string()),
  sources: z.array(SourceStatusSchema),
});
export type Status = z.infer<typeof StatusSchema>;

export const StoreRecoverySchema = z.object({
  file: z.string(),
  movedTo: z.string(),
  restoredFromBackup: z.boolean(),
  message: z.string(),
});
export type StoreRecovery = z.infer<typeof StoreRecoverySchema>;

const NotificationIdSchema = z.strictObject({ id: z.string().check(z.minLength(1)) });

/** The Today view: the morning digest's facts as of now, and the days in a row the seller has looked. */
export const TodaySchema = z.extend(DigestSummarySchema, { daysInARow: z.int().check(z.nonnegative()) });
export type Today = z.infer<typeof TodaySchema>;

const AccountIdSchema = z.strictObject({ id: z.string().check(z.minLength(1)) });

/** A configured SP-API account as the window sees it: never its secrets, only whether they are stored. */
export const AccountEntrySchema = z.object({
  config: AccountConfigSchema,
  hasSecrets: z.boolean(),
  lastTest: z.nullable(LastTestSchema),
});
export type AccountEntry = z.infer<typeof AccountEntrySchema>;

// Pasted secrets often carry a stray space or line break; inside one there is never any.
const secretText = z
  .string()
  .check(z.trim(), z.minLength(1, 'must not be empty'), z.regex(/^\S+$/, 'must not contain spaces or line breaks'));

export const AccountSaveRequestSchema = z.strictObject({
  config: AccountConfigDraftSchema,
  /** Absent when editing: the stored one is kept. */
  clientSecret: z.optional(secretText),
  refreshToken: z.optional(
    secretText.check(z.refine((t) => t.startsWith('Atzr|'), 'must be an LWA refresh token, starting with "Atzr|"')),
  ),
});
export type AccountSaveRequest = z.input<typeof AccountSaveRequestSchema>;

/** What the host running the app can do, so the window offers only what applies. */
export const HostInfoSchema = z.object({
  kind: z.enum(['electron', 'browser']),
  /** The data folder, shown so the seller knows what to copy or back up. */
  dataDir: z.string(),
  /** Whether launch at login applies here (not in the browser host, nor in Electron on Linux). */
  launchAtLogin: z.boolean(),
  /** Backups through the system's dialogs; otherwise the window downloads and uploads the file itself. */
  fileDialogs: z.boolean(),
});
export type HostInfo = z.infer<typeof HostInfoSchema>;

export const BackupFileSchema = z.object({ fileName: z.string().check(z.minLength(1)), text: z.string() });
export type BackupFile = z.infer<typeof BackupFileSchema>;

/** A restore checked and waiting for the next start; `automatic` when the host restarts by itself. */
export const RestoreOutcomeSchema = z.object({
  createdAt: IsoDateSchema,
  documents: z.int().check(z.positive()),
  restart: z.enum(['automatic', 'manual']),
});
export type RestoreOutcome = z.infer<typeof RestoreOutcomeSchema>;

export const commands = {
  'inbox.get': { request: empty, response: InboxViewSchema },
  'notification.setRead': {
    request: z.strictObject({ id: z.string().check(z.minLength(1)), read: z.boolean() }),
    response: InboxViewSchema,
  },
  'notification.snooze': {
    request: z.strictObject({ id: z.string().check(z.minLength(1)), until: z.nullable(IsoDateSchema) }),
    response: InboxViewSchema,
  },
  /** Marks read the notifications with these ids (those the window shows), or every one without ids. */
  'inbox.markAllRead': {
    request: z.strictObject({ ids: z.optional(z.array(z.string().check(z.minLength(1))).check(z.maxLength(100_000))) }),
    response: InboxViewSchema,
  },
  'status.get': { request: empty, response: StatusSchema },
  /** Checks every source now, or only `source` (a SourceStatus id): the Retry of one failing account. */
  'poll.refresh': {
    request: z.strictObject({ source: z.optional(z.string().check(z.minLength(1))) }),
    response: StatusSchema,
  },
  'settings.get': { request: empty, response: SettingsSchema },
  'settings.update': { request: z.strictObject(z.partial(SettingsSchema).shape), response: SettingsSchema },
  'recoveries.get': { request: empty, response: z.array(StoreRecoverySchema) },
  'accounts.list': { request: empty, response: z.array(AccountEntrySchema) },
  'accounts.save': { request: AccountSaveRequestSchema, response: AccountConfigSchema },
  /** Removes the account and its secrets; answers the accounts left. */
  'accounts.remove': { request: AccountIdSchema, response: z.array(AccountEntrySchema) },
  'accounts.test': { request: AccountIdSchema, response: ConnectionTestResultSchema },
  /** Today's summary; asking counts as the seller looking at Flagwatch today. */
  'today.get': { request: empty, response: TodaySchema },
  'metrics.latest': {
    request: z.strictObject({ accountId: z.optional(z.string().check(z.minLength(1))) }),
    response: z.array(LatestMetricSchema),
  },
  /** One account × marketplace's metric history (or one metric's), a value a day, for the chart. */
  'metrics.history': { request: HistoryRequestSchema, response: MetricHistoryListSchema },
  /** Every saved appeal, newest change first. */
  'appeals.list': { request: empty, response: z.array(AppealSummarySchema) },
  'appeals.get': { request: AppealIdSchema, response: AppealWorkspaceSchema },
  /** A new appeal: from a notification (step 1 filled in from it), or blank to link later. */
  'appeals.create': {
    request: z.strictObject({
      notificationId: z.optional(z.string().check(z.minLength(1))),
      language: z.optional(PlanLanguageSchema),
    }),
    response: AppealWorkspaceSchema,
  },
  'appeals.link': {
    request: z.strictObject({ id: z.string().check(z.minLength(1)), notificationId: z.string().check(z.minLength(1)) }),
    response: AppealWorkspaceSchema,
  },
  /** Keeps what is being typed, without making a version; answers when it is on disk. */
  'appeals.autosave': {
    request: z.strictObject({ id: z.string().check(z.minLength(1)), content: AppealContentSchema }),
    response: z.object({ savedAt: IsoDateSchema }),
  },
  /** Saves the content as a new version (none when unchanged) and drops the draft. */
  'appeals.saveVersion': {
    request: z.strictObject({ id: z.string().check(z.minLength(1)), content: AppealContentSchema }),
    response: AppealWorkspaceSchema,
  },
  'appeals.restoreVersion': {
    request: z.strictObject({ id: z.string().check(z.minLength(1)), version: z.int().check(z.positive()) }),
    response: AppealWorkspaceSchema,
  },
  /**
   * Records what was submitted to Amazon, against the current version. With warnings (a near copy,
   * the Appeal button already used, no attempts left) nothing is recorded unless `confirmed`.
   */
  'appeals.recordSubmission': {
    request: z.strictObject({
      id: z.string().check(z.minLength(1)),
      at: IsoDateSchema,
      channel: SubmissionChannelSchema,
      text: z.string(),
      attachments: z.array(AttachmentSchema).check(z.maxLength(100)),
      confirmed: z.boolean(),
    }),
    response: SubmissionOutcomeSchema,
  },
  /** Amazon's answer to attempt `attempt` (0-based); an accepted appeal resolves its notification. */
  'appeals.recordAnswer': {
    request: z.strictObject({
      id: z.string().check(z.minLength(1)),
      attempt: z.int().check(z.nonnegative()),
      answer: AnswerSchema,
    }),
    response: AppealWorkspaceSchema,
  },
  'host.get': { request: empty, response: HostInfoSchema },
  /** Every store document in one file's text, for the window to download. */
  'backup.create': { request: empty, response: BackupFileSchema },
  /** Checks the backup completely; nothing is replaced unless all of it is usable, and then on the next start. */
  'backup.restore': { request: z.strictObject({ text: z.string() }), response: RestoreOutcomeSchema },
  /** The same through the system's Save dialog (hosts with `fileDialogs`); null when cancelled. */
  'backup.saveWithDialog': { request: empty, response: z.object({ path: z.nullable(z.string()) }) },
  /** The same through the system's Open dialog (hosts with `fileDialogs`); null when cancelled. */
  'backup.restoreWithDialog': { request: empty, response: z.nullable(RestoreOutcomeSchema) },
  /** One appeal as a file to keep: Markdown, PDF (base64) or plain text, read from the saved record only. */
  'appeals.export': {
    request: z.strictObject({ id: z.string().check(z.minLength(1)), format: z.enum(exportFormats) }),
    response: AppealExportSchema,
  },
  /** The case summary for Seller Support about a notification and/or an appeal (its notification's newest appeal by default). */
  'support.caseSummary': {
    request: z.strictObject({
      notificationId: z.optional(z.string().check(z.minLength(1))),
      appealId: z.optional(z.string().check(z.minLength(1))),
    }),
    response: z.object({ text: z.string() }),
  },
  /** The Seller Support contact log, newest first. */
  'support.contacts': { request: empty, response: z.array(SupportContactSchema) },
  /**
   * Logs a contact. A contact about the same notification within the configured days comes back
   * as `repeatOf` and is recorded only when `confirmed`.
   */
  'support.recordContact': {
    request: z.strictObject({
      at: IsoDateSchema,
      channel: ContactChannelSchema,
      caseId: z.string().check(z.maxLength(200)),
      note: z.string().check(z.maxLength(10_000)),
      notificationId: z.nullable(z.string().check(z.minLength(1))),
      confirmed: z.boolean(),
    }),
    response: z.object({
      recorded: z.boolean(),
      repeatOf: z.nullable(SupportContactSchema),
      contacts: z.array(SupportContactSchema),
    }),
  },
  /** Parses text the seller pasted (nothing is saved): the fields, or why it is not a notice. */
  'notice.parse': {
    request: z.strictObject({ text: z.string().check(z.maxLength(noticeTextLimit)) }),
    response: NoticeParseSchema,
  },
  /** Saves a pasted notice, as the seller corrected it, to an account's marketplace. */
  'notice.add': {
    request: z.strictObject({
      notice: ParsedNoticeSchema,
      accountId: z.string().check(z.minLength(1)),
      marketplaceId: z.string().check(z.minLength(1)),
    }),
    response: z.object({ id: z.string().check(z.minLength(1)), created: z.boolean(), linked: z.boolean() }),
  },
  /** The mailboxes Amazon's notices are read from: never their secrets, only whether one is stored. */
  'mailboxes.list': { request: empty, response: z.array(MailboxEntrySchema) },
  /** The secret (password or OAuth2 token) goes only to the Secrets port; left out, the stored one is kept. */
  'mailboxes.save': { request: MailboxSaveRequestSchema, response: MailboxConfigSchema },
  /** Removes the mailbox, its secret and its reading progress; answers the mailboxes left. */
  'mailboxes.remove': { request: MailboxIdSchema, response: z.array(MailboxEntrySchema) },
  /** Signs in and opens each folder read-only; the answer in plain words. */
  'mailboxes.test': { request: MailboxIdSchema, response: MailboxTestResultSchema },
} as const satisfies Record<string, { request: z.ZodMiniType; response: z.ZodMiniType }>;

export const events = {
  'inbox.changed': InboxViewSchema,
  /** The badge's words changed with time alone (the time left to a deadline): the tray shows it again. */
  'badge.changed': BadgeSchema,
  'status.changed': StatusSchema,
  /** Main asks the window to show one notification (a native notification or the tray was clicked). */
  'notification.open': NotificationIdSchema,
  'store.recovered': StoreRecoverySchema,
  /** Main asks the window to show the Today view (the morning digest was clicked). */
  'today.open': empty,
  /** Main asks the window to show Seller Support (the tray's "Contact Seller Support"). */
  'help.open': empty,
  /** Main asks the window to show "Add from text" (the tray's menu item was clicked). */
  'notice.paste': empty,
  /** A mailbox's reading changed (connected, read, failing): the window lists the mailboxes again. */
  'mailboxes.changed': empty,
} as const satisfies Record<string, z.ZodMiniType>;

export type CommandName = keyof typeof commands;
export type CommandRequest<K extends CommandName> = z.input<(typeof commands)[K]['request']>;
export type CommandResponse<K extends CommandName> = z.infer<(typeof commands)[K]['response']>;
export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.infer<(typeof events)[E]>;

/** What main implements: one handler per command, given a validated request. */
export type CommandHandlers = {
  [K in CommandName]: (
    request: z.infer<(typeof commands)[K]['request']>,
  ) => Promise<CommandResponse<K>> | CommandResponse<K>;
};

/** What the renderer sees as `window.flagwatch`. */
export interface FlagwatchApi {
  invoke<K extends CommandName>(command: K, request: CommandRequest<K>): Promise<CommandResponse<K>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}

export const ErrorCodeSchema = z.enum(['invalid-request', 'unknown-command', 'not-found', 'failed']);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

/** Every command's answer on the wire: a value, or an error in plain words. */
export const EnvelopeSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.object({ code: ErrorCodeSchema, message: z.string() }) }),
]);
export type Envelope = z.infer<typeof EnvelopeSchema>;

/** The page's deep link to one notification (its URL fragment); main opens a new window on it. */
export function notificationRoute(id: string): string {
  return `#/notification/${encodeURIComponent(id)}`;
}

/** The Today view's address (its URL fragment), for a window opened on it. */
export const todayRoute = '#/today';

/** The Seller Support view's address, on a notification when given one. */
export function helpRoute(notificationId?: string): string {
  return notificationId === undefined ? '#/help' : `#/help/${encodeURIComponent(notificationId)}`;
}
/** The "Add from text" view's address (its URL fragment), for a window opened on it. */
export const addNoticeRoute = '#/notice/new';

/** The Electron IPC channels: one for commands, one for events. */
export const ipcChannels = { invoke: 'flagwatch:invoke', event: 'flagwatch:event' } as const;

/** What travels on those channels: commands in, events out. */
export const IpcInvokeMessageSchema = z.object({ command: z.string(), request: z.unknown() });
export type IpcInvokeMessage = z.infer<typeof IpcInvokeMessageSchema>;
export const IpcEventMessageSchema = z.object({ event: z.string(), payload: z.unknown() });
export type IpcEventMessage = z.infer<typeof IpcEventMessageSchema>;

/** Messages carried over the Node host's WebSocket. */
export const ClientMessageSchema = z.object({
  type: z.literal('invoke'),
  id: z.int(),
  command: z.string(),
  request: z.unknown(),
});
export type ClientMessage = z.infer<typeof ClientMessageSchema>;

export const ServerMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('result'), id: z.int(), envelope: EnvelopeSchema }),
  z.object({ type: z.literal('event'), event: z.string(), payload: z.unknown() }),
]);
export type ServerMessage = z.infer<typeof ServerMessageSchema>;

export function isCommandName(name: unknown): name is CommandName {
  return typeof name === 'string' && Object.hasOwn(commands, name);
}

export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && Object.hasOwn(events, name);
}
