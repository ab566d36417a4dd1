// A host in memory, behind the same interface the renderer sees as `window.flagwatch`. It
// validates every request and answer against the contract, computes the badge with the real
// core, emits 'inbox.changed' like the app does, and lets a test emit any event.
import { badgeModel, type Connectivity } from '../../main/core/badge';
import { digestSummary } from '../../main/core/digest/digest-summary';
import { translatorFor } from '../../main/core/i18n/catalogues';
import { resolveLocale } from '../../main/core/i18n/locales';
import type {
  AccountsDocument,
  AppealDraftsDocument,
  AppealsDocument,
  Secrets,
  SupportContactsDocument,
} from '../../main/app/ports';
import { parseNotice } from '../../main/core/notice/parse-notice';
import { placeNotice } from '../../main/core/notice/place-notice';
import { createAppealHandlers } from '../../main/app/commands/appeals';
import { createAccountHandlers } from '../../main/app/commands/accounts';
import { createMailboxHandlers } from '../../main/app/commands/mailboxes';
import type { MailboxesDocument, MailboxWatch } from '../../main/core/mailbox/mailbox-commands';
import type { MailboxProbe } from '../../main/core/mailbox/mailbox-failure';
import { createSupportHandlers } from '../../main/app/commands/support';
import { createHealthHandlers } from '../../main/app/commands/health';
import { addReadings } from '../../main/core/health/metric-series';
import type { ConnectionProbe } from '../../main/core/accounts/connection-test';
import { FlagwatchError } from '../../preload/bridge';
import {
  commands,
  defaultSettings,
  events,
  type Account,
  type CommandName,
  type CommandRequest,
  type CommandResponse,
  type EventName,
  type EventPayload,
  type FlagwatchApi,
  type HostInfo,
  type InboxView,
  type MetricReading,
  type PerformanceNotification,
  type Settings,
  type SourceStatus,
  type Status,
  type StoreRecovery,
} from '../../preload/contract';
import { accounts as defaultAccounts, aStatus } from './fixtures';

export interface FakeHostState {
  notifications?: PerformanceNotification[];
  accounts?: Account[];
  status?: Status;
  /** The host's settings; the status's pause follows them. */
  settings?: Settings;
  recoveries?: StoreRecovery[];
  /** The host's accounts.json, and the secrets stored for them (by Secrets key). */
  amazonAccounts?: AccountsDocument;
  secrets?: Record<string, string>;
  /** What Amazon answers a connection test; by default it sells on every configured marketplace. */
  probe?: ConnectionProbe;
  /** The metric history behind Account health. */
  readings?: MetricReading[];
  /** The host's saved appeals and their autosaved drafts. */
  appeals?: AppealsDocument;
  appealDrafts?: AppealDraftsDocument;
  /** The host's Seller Support contact log. */
  supportContacts?: SupportContactsDocument;
  /** The days in a row Today reports. */
  daysInARow?: number;
  /** What the host can do; the browser host's by default. */
  host?: HostInfo;
  /** The host's mailboxes.json; their secrets are in `secrets` too. */
  mailboxes?: MailboxesDocument;
  /** What a mail server answers "Test connection" with, by the secret tried; the inbox and Junk otherwise. */
  mailboxProbe?: (secret: string) => MailboxProbe;
  /** How the host is reading each mailbox, by id. */
  mailboxWatches?: Record<string, MailboxWatch>;
  /** Commands that fail, with the host's message. */
  failures?: Partial<Record<CommandName, string>>;
}

export type FakeBridge = ReturnType<typeof createFakeBridge>;

export const browserHost: HostInfo = {
  kind: 'browser',
  dataDir: '/home/seller/.local/share/flagwatch',
  launchAtLogin: false,
  fileDialogs: false,
};

/** The one backup this fake host makes and takes back. */
export const fakeBackupText = '{"format":"flagwatch-backup","formatVersion":1}';

export function createFakeBridge(initial: FakeHostState = {}) {
  let notifications = initial.notifications ?? [];
  let settings: Settings = initial.settings ?? defaultSettings;
  let status = initial.status ?? aStatus({ notificationsPaused: settings.notificationsPaused });
  const accounts = initial.accounts ?? defaultAccounts;
  const recoveries = initial.recoveries ?? [];
  const failures = initial.failures ?? {};
  const calls: Array<{ command: CommandName; request: unknown }> = [];
  const listeners = new Map<EventName, Set<(payload: never) => void>>();
  // The host speaks the language the settings choose, as the app service does.
  const hostTranslator = () => translatorFor(resolveLocale(settings.language, []));
  // The host's own account commands, over memory instead of files.
  let amazonAccounts: AccountsDocument = initial.amazonAccounts ?? { accounts: [], lastTests: {} };
  const secrets = new Map(Object.entries(initial.secrets ?? {}));
  let newAccounts = 0;
  const accountCommands = createAccountHandlers({
    accounts: { read: () => amazonAccounts, write: (next) => void (amazonAccounts = structuredClone(next)) },
    secrets: {
      get: async (key) => secrets.get(key),
      set: async (key, value) => void secrets.set(key, value),
      delete: async (key) => void secrets.delete(key),
    } satisfies Secrets,
    testConnection: async (config) =>
      initial.probe ?? { ok: true, marketplaces: config.marketplaceIds.map((id) => ({ id, participating: true })) },
    readings: () => initial.readings ?? [],
    now: () => new Date(),
    translator: () => hostTranslator(),
    newId: () => `acct-new-${++newAccounts}`,
  });

  // And its mailbox commands, over memory.
  let mailboxes: MailboxesDocument = initial.mailboxes ?? { mailboxes: [], lastTests: {} };
  let newMailboxes = 0;
  const mailboxCommands = createMailboxHandlers({
    mailboxes: { read: () => mailboxes, write: (next) => void (mailboxes = structuredClone(next)) },
    secrets: {
      get: async (key) => secrets.get(key),
      set: async (key, value) => void secrets.set(key, value),
      delete: async (key) => void secrets.delete(key),
    },
    testConnection: async (_config, secret) =>
      initial.mailboxProbe?.(secret) ?? { ok: true, folders: ['INBOX', 'Junk'], idle: true },
    now: () => new Date(),
    translator: () => hostTranslator(),
    newId: () => `imap-new-${++newMailboxes}`,
    watchOf: (id) => initial.mailboxWatches?.[id] ?? null,
  });

  // The host's own appeal commands too, over memory and this fake's inbox.
  let appeals: AppealsDocument = initial.appeals ?? { appeals: [] };
  let appealDrafts: AppealDraftsDocument = initial.appealDrafts ?? { drafts: {} };
  let newAppeals = 0;
  const appealCommands = createAppealHandlers({
    stores: {
      appeals: () => ({ read: () => appeals, write: (next) => void (appeals = structuredClone(next)) }),
      appealDrafts: () => ({ read: () => appealDrafts, write: (next) => void (appealDrafts = structuredClone(next)) }),
    },
    inbox: {
      inbox: () => ({ notifications, accounts, lastSuccessAt: null }),
      update: (id, change) => changeOne(id, change),
    },
    clock: { now: () => new Date(), schedule: () => ({ cancel() {} }) },
    translator: () => hostTranslator(),
    newId: () => `appeal-new-${++newAppeals}`,
    // A stand-in for the PDF library: the real one is tested against pdftotext.
    recordPdf: async (record) => ({ ok: true, bytes: new TextEncoder().encode(`%PDF-fake ${record.title}`) }),
  });

  // And its Seller Support commands, over memory.
  let supportContacts: SupportContactsDocument = initial.supportContacts ?? { contacts: [] };
  let newContacts = 0;
  const supportCommands = createSupportHandlers({
    stores: {
      appeals: () => ({ read: () => appeals, write: (next) => void (appeals = structuredClone(next)) }),
      supportContacts: () => ({
        read: () => supportContacts,
        write: (next) => void (supportContacts = structuredClone(next)),
      }),
    },
    inbox: { inbox: () => ({ notifications, accounts, lastSuccessAt: null }) },
    clock: { now: () => new Date(), schedule: () => ({ cancel() {} }) },
    settings: () => settings,
    translator: () => hostTranslator(),
    newId: () => `contact-new-${++newContacts}`,
  });

  function view(): InboxView {
    const connectivity: Connectivity = status.state === 'error' || status.state === 'offline' ? status.state : 'ok';
    const badge = badgeModel({
      notifications,
      connectivity,
      error: status.error ?? undefined,
      now: new Date(),
      t: translatorFor('en'),
    });
    return { notifications, accounts, badge };
  }

  function emit<E extends EventName>(event: E, payload: EventPayload<E>): void {
    const checked = events[event].parse(payload);
    for (const listener of listeners.get(event) ?? []) listener(checked as never);
  }

  function changeInbox(next: PerformanceNotification[]): InboxView {
    notifications = next;
    const current = view();
    emit('inbox.changed', current);
    return current;
  }

  function changeOne(id: string, change: (n: PerformanceNotification) => PerformanceNotification): InboxView {
    if (!notifications.some((n) => n.id === id)) throw new FlagwatchError(`No notification with id ${id}`, 'not-found');
    return changeInbox(notifications.map((n) => (n.id === id ? change(n) : n)));
  }

  function changeStatus(next: Status): Status {
    status = next;
    emit('status.changed', status);
    return status;
  }

  // Like the host: every change of settings is announced with the status, which carries the pause.
  function changeSettings(patch: Partial<Settings>): Settings {
    settings = { ...settings, ...patch };
    changeStatus({ ...status, notificationsPaused: settings.notificationsPaused });
    return settings;
  }

  const handlers: {
    [K in CommandName]: (request: CommandRequest<K>) => CommandResponse<K> | Promise<CommandResponse<K>>;
  } = {
    'inbox.get': () => view(),
    'notification.setRead': ({ id, read }) => changeOne(id, (n) => ({ ...n, read })),
    'notification.snooze': ({ id, until }) => changeOne(id, (n) => ({ ...n, snoozedUntil: until })),
    'inbox.markAllRead': ({ ids }) =>
      changeInbox(notifications.map((n) => (n.read || (ids && !ids.includes(n.id)) ? n : { ...n, read: true }))),
    'status.get': () => status,
    // A check starts, of every source or of one; the test decides when and how it ends
    // (`finishCheck`, `finishSourceCheck`).
    'poll.refresh': ({ source }) => {
      if (source !== undefined && !status.sources.some((s) => s.id === source))
        throw new FlagwatchError(`No checked account or source has the id ${source}`, 'not-found');
      const sources = status.sources.map((s) =>
        source === undefined || s.id === source ? { ...s, polling: true } : s,
      );
      return changeStatus({ ...status, polling: true, sources });
    },
    'settings.get': () => settings,
    'settings.update': (patch) => changeSettings(patch),
    'recoveries.get': () => recoveries,
    // The host's own summary, over this fake's inbox, readings and appeals.
    'today.get': () => ({
      ...digestSummary({
        notifications,
        accounts,
        readings: initial.readings ?? [],
        appeals: appeals.appeals,
        now: new Date(),
      }),
      daysInARow: initial.daysInARow ?? 1,
    }),
    'notice.parse': ({ text }) => parseNotice({ text, receivedAt: new Date().toISOString() }),
    // Where the notice goes is the core's answer; this fake only keeps the inbox it gives.
    'notice.add': ({ notice, accountId, marketplaceId }) => {
      const now = new Date().toISOString();
      const placed = placeNotice(
        notifications,
        notice,
        { kind: 'paste', accountId, marketplaceId, receivedAt: now },
        now,
      );
      if (placed.kind !== 'duplicate') changeInbox(placed.next);
      return { id: placed.id, created: placed.kind === 'created', linked: placed.kind === 'linked' };
    },
    ...accountCommands,
    ...appealCommands,
    'host.get': () => initial.host ?? browserHost,
    'backup.create': () => ({ fileName: 'flagwatch-backup-2026-11-26.json', text: fakeBackupText }),
    // The host's verdict stands in for its checks: this fake takes only its own backup text.
    'backup.restore': ({ text }) => {
      if (text !== fakeBackupText)
        throw new FlagwatchError('this file is not a Flagwatch backup. Nothing was changed.', 'failed');
      return { createdAt: '2026-11-26T19:30:00.000Z', documents: 8, restart: 'manual' };
    },
    'backup.saveWithDialog': () => ({ path: '/Users/seller/Documents/flagwatch-backup-2026-11-26.json' }),
    'backup.restoreWithDialog': () => ({ createdAt: '2026-11-26T19:30:00.000Z', documents: 8, restart: 'automatic' }),
    ...supportCommands,
    ...mailboxCommands,
    ...createHealthHandlers({ series: () => addReadings([], initial.readings ?? []) }),
  };

  const api = {
    async invoke<K extends CommandName>(command: K, request: CommandRequest<K>): Promise<CommandResponse<K>> {
      calls.push({ command, request });
      const failure = failures[command];
      if (failure) throw new FlagwatchError(failure, 'failed');
      const checked = commands[command].request.parse(request);
      const answer = await (handlers[command] as (r: unknown) => unknown)(checked);
      return commands[command].response.parse(answer) as never;
    },
    on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      set.add(listener);
      return () => void set.delete(listener);
    },
  } satisfies FlagwatchApi;

  return {
    api,
    calls,
    emit,
    /** What a poll does when it finds something new. */
    addNotification: (n: PerformanceNotification) => changeInbox([...notifications, n]),
    /** What the tray's Pause item does. */
    setNotificationsPaused: (paused: boolean) => changeSettings({ notificationsPaused: paused }),
    settings: () => settings,
    finishCheck: (change: Partial<Status>) => changeStatus({ ...status, polling: false, ...change }),
    /** One source's check ends; the whole status follows, as the host's does (the first error is its error). */
    finishSourceCheck: (id: string, change: Partial<SourceStatus>) => {
      const sources = status.sources.map((s) => (s.id === id ? { ...s, polling: false, ...change } : s));
      const error = sources.find((s) => s.error !== null)?.error ?? null;
      const state = error !== null ? 'error' : status.state === 'error' ? 'idle' : status.state;
      return changeStatus({ ...status, sources, error, state, polling: sources.some((s) => s.polling) });
    },
    notification: (id: string) => notifications.find((n) => n.id === id),
    commandsCalled: () => calls.map((c) => c.command),
    amazonAccounts: () => amazonAccounts,
    mailboxes: () => mailboxes,
    storedSecret: (key: string) => secrets.get(key),
    supportContacts: () => supportContacts,
  };
}
