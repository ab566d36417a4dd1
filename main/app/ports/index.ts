// The ports the application service depends on. Each host (Electron, Node, tests) plugs in its
// own implementations; nothing here knows which.
import type { AccountConfig } from '../../core/accounts/account-config';
import type { AccountSecrets } from '../../core/accounts/secret-names';
import type { ConnectionProbe, LastTest } from '../../core/accounts/connection-test';
import type { Appeal } from '../../core/appeal/appeal-schema';
import type { AppealDraft } from '../../core/appeal/appeal-views';
import type { PlannedNotification } from '../../core/notify/plan';
import type { MetricSeries } from '../../core/health/metric-series';
import type { RaisedReminders } from '../../core/notify/reminders';
import type { Account, Badge, PerformanceNotification, Settings, Snapshot } from '../../core/schema';
import type { StoreRecovery } from '../../../preload/contract';
import type { Translator } from '../../core/i18n/translator';
import type { SupportContact } from '../../core/support/contact-log';

export interface TimerHandle {
  cancel(): void;
}

export interface Clock {
  now(): Date;
  /** Calls `fn` once after `ms`; the handle cancels it. */
  schedule(ms: number, fn: () => void): TimerHandle;
}

export interface Source {
  readonly id: string;
  /**
   * The full current picture for the accounts this source covers. Rejects with an Error whose
   * message a seller can act on and that names the account (it is shown as it is).
   */
  poll(signal?: AbortSignal): Promise<Snapshot>;
  /** Lowest interval this source allows between polls, in ms (e.g. API quotas). */
  readonly minIntervalMs: number;
  /**
   * How many times faster than the app's clock the deadlines of this source's story run (the
   * demo's speed); absent for real sources. Reminder leads (72, 24, 4 h) shrink by as much.
   */
  readonly timeScale?: number;
  /** The one account this source checks, when it checks one: its id and its name for the seller. */
  readonly account?: { readonly id: string; readonly name: string };
}

/** What the core decided to show; the Notifier only displays it. */
export type NativeNotification = PlannedNotification;

export interface Notifier {
  show(notification: NativeNotification): Promise<void>;
}

/**
 * Gets an access token with these credentials, reads the seller's marketplace participations and
 * checks the app may request the seller performance report. Never throws for an answer Amazon
 * gave: each known failure is a `kind`.
 */
export type ConnectionTester = (
  config: AccountConfig,
  secrets: AccountSecrets,
  signal?: AbortSignal,
) => Promise<ConnectionProbe>;

export interface Secrets {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string): Promise<void>;
  delete(key: string): Promise<void>;
}

/** One JSON document on disk. `write` is atomic and durable before it returns. */
export interface DocumentStore<T> {
  read(): T;
  write(value: T): void;
}

export interface InboxDocument {
  notifications: PerformanceNotification[];
  accounts: Account[];
  lastSuccessAt: string | null;
}

/** One series per account × marketplace × metric, a value per day (main/core/health/metric-series.ts). */
export interface HistoryDocument {
  series: MetricSeries[];
}

/** Typing autosaved since each appeal's last version, by appeal id: small, so autosave stays cheap. */
export interface AppealDraftsDocument {
  drafts: Record<string, AppealDraft>;
}

export interface AppealsDocument {
  appeals: Appeal[];
}

/** accounts.json: the Amazon accounts added in the window, and each one's last connection test. Never a secret. */
export interface AccountsDocument {
  accounts: AccountConfig[];
  /** By account id. */
  lastTests: Record<string, LastTest>;
}

export interface SettingsDocument {
  settings: Settings;
}

/** The daily habit: the last day a morning digest was shown, and the days the seller looked at Flagwatch. */
export interface DigestDocument {
  /** Local "YYYY-MM-DD": that day's digest (and every earlier one) is done. */
  lastSentDay: string | null;
  /** Local days the window was opened or a notification acted on, oldest first. */
  visitedDays: string[];
}

/** support-contacts.json: the seller's own log of Seller Support contacts, oldest first. */
export interface SupportContactsDocument {
  contacts: SupportContact[];
}

/** The deadline reminders already raised (or settled), so a restart never raises one again. */
export interface RemindersDocument {
  raised: RaisedReminders;
}

/** The badge as of the last inbox write, so the tray can show its count before reading the inbox. */
export interface SummaryDocument {
  badge: Omit<Badge, 'state'> | null;
}

/**
 * One file per concern, so a huge inbox never puts the appeals at risk. Only the small files open
 * at once; the others on first use, so the first badge never waits for a big file.
 */
export interface Stores {
  settings: DocumentStore<SettingsDocument>;
  summary: DocumentStore<SummaryDocument>;
  digest: DocumentStore<DigestDocument>;
  reminders: DocumentStore<RemindersDocument>;
  inbox(): DocumentStore<InboxDocument>;
  history(): DocumentStore<HistoryDocument>;
  appeals(): DocumentStore<AppealsDocument>;
  appealDrafts(): DocumentStore<AppealDraftsDocument>;
  supportContacts(): DocumentStore<SupportContactsDocument>;
  /** Files found corrupt while opening so far, moved aside and restored: the user must be told (in `t`'s language). */
  recoveries(t: Translator): StoreRecovery[];
}

export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

/** A checked backup now waiting to replace the data on the next start, or why it was refused (in the words asked for). */
export type RestoreStaged = { ok: true; createdAt: string; documents: number } | { ok: false; message: string };

/** The data folder as a whole: where it is, and a backup of it in one file's text. */
export interface DataFolder {
  readonly path: string;
  /** Every store document, as one backup file. */
  backup(now: Date): { fileName: string; text: string };
  /** Checks a backup completely; only a usable one is kept, to replace the data on the next start. */
  stageRestore(text: string, t: Translator): RestoreStaged;
}

/** What the shell around the app can do beyond the contract; the window offers only what applies. */
export interface HostPort {
  readonly kind: 'electron' | 'browser';
  /** Starts the app with the system, or stops that; absent where the host cannot. */
  setLaunchAtLogin?(open: boolean): void;
  /** The system's Save dialog, then the file written; answers the path, or null when cancelled. */
  saveFileWithDialog?(suggestedName: string, text: string): Promise<string | null>;
  /** The system's Open dialog, then the file read; answers its text, or null when cancelled. */
  openFileWithDialog?(): Promise<string | null>;
  /** Starts the app again (so a waiting restore takes effect); absent where the seller must. */
  restart?(): void;
}
