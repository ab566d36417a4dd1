// What each store file holds: its schema (built from the domain's), its defaults, and how to
// speak of it to the user. One file per concern, so a huge inbox never puts the appeals at risk.
import { z } from 'zod/mini';
import { AppealDraftSchema } from '../../core/appeal/appeal-views';
import type {
  AppealDraftsDocument,
  AppealsDocument,
  DigestDocument,
  HistoryDocument,
  InboxDocument,
  SettingsDocument,
  SummaryDocument,
  SupportContactsDocument,
} from '../../app/ports';
import { AppealSchema } from '../../core/appeal/appeal-schema';
import { migrateLegacyAppeals } from '../../core/appeal/legacy-appeal';
import { SupportContactSchema } from '../../core/support/contact-log';
import {
  AccountSchema,
  BadgeSchema,
  IsoDateSchema,
  PerformanceNotificationSchema,
  SettingsSchema,
  defaultDigestSettings,
  defaultSettings,
} from '../../core/schema';
import type { DocumentStoreOptions } from './document-store';
import { retainHistory } from './history-retention';
import { MetricSeriesSchema } from '../../core/health/metric-series';
import { migrateReadingsToSeries } from './history-migration';

export const SettingsDocumentSchema = z.object({ settings: SettingsSchema }) satisfies z.ZodMiniType<SettingsDocument>;

export const SummaryDocumentSchema = z.object({
  badge: z.nullable(z.omit(BadgeSchema, { state: true })),
}) satisfies z.ZodMiniType<SummaryDocument>;

export const DigestDocumentSchema = z.object({
  lastSentDay: z.nullable(z.iso.date()),
  visitedDays: z.array(z.iso.date()),
}) satisfies z.ZodMiniType<DigestDocument>;

export const InboxDocumentSchema = z.object({
  notifications: z.array(PerformanceNotificationSchema),
  accounts: z.array(AccountSchema),
  lastSuccessAt: z.nullable(IsoDateSchema),
}) satisfies z.ZodMiniType<InboxDocument>;

export const HistoryDocumentSchema = z.object({
  series: z.array(MetricSeriesSchema),
}) satisfies z.ZodMiniType<HistoryDocument>;

export const AppealDraftsDocumentSchema = z.object({
  drafts: z.record(z.string(), AppealDraftSchema),
}) satisfies z.ZodMiniType<AppealDraftsDocument>;

export const AppealsDocumentSchema = z.object({
  appeals: z.array(AppealSchema),
}) satisfies z.ZodMiniType<AppealsDocument>;

/** A store's own options; the host adds where (dataDir) and over what (StoreClass). */
export type DocumentSpec<T> = Omit<DocumentStoreOptions<T>, 'StoreClass' | 'dataDir'>;

export const settingsSpec: DocumentSpec<SettingsDocument> = {
  name: 'settings',
  label: 'store.settings.label',
  startsOver: 'store.settings.startsOver',
  schema: SettingsDocumentSchema,
  defaults: { settings: defaultSettings },
  migrations: [
    // 2: the language setting; files from before it follow the system, as before.
    (document) => {
      const { settings } = document as { settings: Record<string, unknown> };
      return { settings: { ...settings, language: 'system' } };
    },
    // 3: the morning digest, on by default like for a new install.
    (document) => {
      const { settings } = document as { settings: Record<string, unknown> };
      return { settings: { ...settings, digest: defaultDigestSettings } };
    },
    // 4: native notifications per group, severity and sound; hidden accounts and marketplaces;
    // the theme; launch at login. Everything as before: all raised, with sound, nothing hidden.
    (document) => {
      const { settings } = document as { settings: Record<string, unknown> };
      const { alerts, hidden, theme, launchAtLogin } = defaultSettings;
      return { settings: { ...settings, alerts, hidden, theme, launchAtLogin } };
    },
    // 5: the repeat-contact warning for Seller Support, at its default.
    (document) => {
      const { settings } = document as { settings: Record<string, unknown> };
      return { settings: { ...settings, supportRepeatDays: defaultSettings.supportRepeatDays } };
    },
  ],
};

export const summarySpec: DocumentSpec<SummaryDocument> = {
  name: 'summary',
  label: 'store.summary.label',
  startsOver: 'store.summary.startsOver',
  schema: SummaryDocumentSchema,
  defaults: { badge: null },
};

export const digestSpec: DocumentSpec<DigestDocument> = {
  name: 'digest',
  label: 'digest.store.label',
  startsOver: 'digest.store.startsOver',
  schema: DigestDocumentSchema,
  defaults: { lastSentDay: null, visitedDays: [] },
};

export const inboxSpec: DocumentSpec<InboxDocument> = {
  name: 'inbox',
  label: 'store.inbox.label',
  startsOver: 'store.inbox.startsOver',
  schema: InboxDocumentSchema,
  defaults: { notifications: [], accounts: [], lastSuccessAt: null },
};

export const historySpec: DocumentSpec<HistoryDocument> = {
  name: 'history',
  label: 'store.history.label',
  startsOver: 'store.history.startsOver',
  schema: HistoryDocumentSchema,
  defaults: { series: [] },
  beforeWrite: (history) => ({ series: retainHistory(history.series) }),
  // 2: one series per metric with a value per day; format 1 held one object per reading.
  migrations: [migrateReadingsToSeries],
};

export const appealsSpec: DocumentSpec<AppealsDocument> = {
  name: 'appeals',
  label: 'store.appeals.label',
  startsOver: 'store.appeals.startsOver',
  schema: AppealsDocumentSchema,
  defaults: { appeals: [] },
  // 2: guided appeals (steps, versions, attempts); format 1 held one text per part and a status.
  migrations: [migrateLegacyAppeals],
};

export const appealDraftsSpec: DocumentSpec<AppealDraftsDocument> = {
  name: 'appeal-drafts',
  label: 'store.appealDrafts.label',
  startsOver: 'store.appealDrafts.startsOver',
  schema: AppealDraftsDocumentSchema,
  defaults: { drafts: {} },
};

export const SupportContactsDocumentSchema = z.object({
  contacts: z.array(SupportContactSchema),
}) satisfies z.ZodMiniType<SupportContactsDocument>;

export const supportContactsSpec: DocumentSpec<SupportContactsDocument> = {
  name: 'support-contacts',
  label: 'support.store.label',
  startsOver: 'support.store.startsOver',
  schema: SupportContactsDocumentSchema,
  defaults: { contacts: [] },
};
