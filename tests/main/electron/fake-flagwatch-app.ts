// A FlagwatchApp for host tests: real events, recorded calls, and a badge and status the test sets.
import { vi } from 'vitest';
import { translatorFor } from '../../../main/core/i18n/catalogues';
import type { Locale } from '../../../main/core/i18n/locales';
import { createEventHub } from '../../../main/app/event-hub';
import type { FlagwatchApp } from '../../../main/app/flagwatch-app';
import {
  defaultSettings,
  type Badge,
  type EventName,
  type EventPayload,
  type InboxView,
  type Status,
  type Today,
} from '../../../preload/contract';

const allClearToday: Today = {
  generatedAt: '2026-11-02T09:00:00.000Z',
  groups: [],
  mostUrgent: null,
  nearTarget: [],
  awaitingAnswer: [],
  allClear: true,
  daysInARow: 1,
};

export function badge(overrides: Partial<Badge> = {}): Badge {
  return {
    unread: 0,
    highestSeverity: null,
    state: 'idle',
    tooltip: 'Flagwatch\nNo unread performance notifications',
    mostUrgentId: null,
    ...overrides,
  };
}

export function status(overrides: Partial<Status> = {}): Status {
  return {
    state: 'idle',
    polling: false,
    notificationsPaused: false,
    lastPollAt: null,
    lastSuccessAt: null,
    nextPollAt: null,
    error: null,
    sources: [],
    ...overrides,
  };
}

export interface FakeFlagwatchApp extends FlagwatchApp {
  /** Emits as the app would after a change; badge() and status() follow the payload. */
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
  /** Switches the language translator() answers with, as a change in Settings would. */
  speak(locale: Locale): void;
}

export function fakeFlagwatchApp(): FakeFlagwatchApp {
  const hub = createEventHub((error) => {
    throw error;
  });
  let currentBadge = badge();
  let currentStatus = status();
  let locale: Locale = 'en';
  const view = (): InboxView => ({ notifications: [], accounts: [], badge: currentBadge });

  return {
    handlers: {
      'inbox.get': vi.fn(() => view()),
      'notification.setRead': vi.fn(() => view()),
      'notification.snooze': vi.fn(() => view()),
      'inbox.markAllRead': vi.fn(() => view()),
      'status.get': vi.fn(() => currentStatus),
      'poll.refresh': vi.fn(() => currentStatus),
      'settings.get': vi.fn(() => defaultSettings),
      'settings.update': vi.fn(() => defaultSettings),
      'recoveries.get': vi.fn(() => []),
      'accounts.list': vi.fn(() => []),
      'accounts.save': vi.fn(() => Promise.reject(new Error('not used'))),
      'accounts.remove': vi.fn(() => []),
      'accounts.test': vi.fn(() => ({ ok: false as const, kind: 'unreachable' as const, message: 'not used' })),
      'metrics.latest': vi.fn(() => []),
      'metrics.history': vi.fn(() => []),
      'today.get': vi.fn(() => ({ ...allClearToday })),
      'appeals.list': vi.fn(() => []),
      'appeals.get': vi.fn(() => Promise.reject(new Error('not used'))),
      'appeals.create': vi.fn(() => Promise.reject(new Error('not used'))),
      'appeals.link': vi.fn(() => Promise.reject(new Error('not used'))),
      'appeals.autosave': vi.fn(() => Promise.reject(new Error('not used'))),
      'appeals.saveVersion': vi.fn(() => Promise.reject(new Error('not used'))),
      'appeals.restoreVersion': vi.fn(() => Promise.reject(new Error('not used'))),
      'appeals.recordSubmission': vi.fn(() => Promise.reject(new Error('not used'))),
      'appeals.recordAnswer': vi.fn(() => Promise.reject(new Error('not used'))),
      'host.get': vi.fn(() => ({ kind: 'electron' as const, dataDir: '', launchAtLogin: true, fileDialogs: true })),
      'backup.create': vi.fn(() => Promise.reject(new Error('not used'))),
      'backup.restore': vi.fn(() => Promise.reject(new Error('not used'))),
      'backup.saveWithDialog': vi.fn(() => Promise.reject(new Error('not used'))),
      'backup.restoreWithDialog': vi.fn(() => Promise.reject(new Error('not used'))),
      'appeals.export': vi.fn(() => Promise.reject(new Error('not used'))),
      'support.caseSummary': vi.fn(() => Promise.reject(new Error('not used'))),
      'support.contacts': vi.fn(() => []),
      'support.recordContact': vi.fn(() => Promise.reject(new Error('not used'))),
      'notice.parse': vi.fn(() => ({ ok: false as const, reason: 'empty' as const })),
      'notice.add': vi.fn(() => Promise.reject(new Error('not used'))),
      'mailboxes.list': vi.fn(() => []),
      'mailboxes.save': vi.fn(() => Promise.reject(new Error('not used'))),
      'mailboxes.remove': vi.fn(() => []),
      'mailboxes.test': vi.fn(() => Promise.reject(new Error('not used'))),
    },
    on: hub.on,
    emit(event, payload) {
      if (event === 'inbox.changed') currentBadge = (payload as InboxView).badge;
      if (event === 'status.changed') currentStatus = payload as Status;
      hub.emit(event, payload);
    },
    badge: () => currentBadge,
    status: () => currentStatus,
    translator: () => translatorFor(locale),
    speak(next) {
      locale = next;
    },
    start: vi.fn(),
    stop: vi.fn(() => Promise.resolve()),
    refreshNow: vi.fn(() => Promise.resolve(currentStatus)),
    systemSuspended: vi.fn(),
    systemResumed: vi.fn(),
    connectivityChanged: vi.fn(),
    openNotification: vi.fn((id: string) => hub.emit('notification.open', { id })),
    openToday: vi.fn(() => hub.emit('today.open', {})),
    openHelp: vi.fn(() => hub.emit('help.open', {})),
    openAddNotice: vi.fn(() => hub.emit('notice.paste', {})),
    mailboxesChanged: vi.fn(() => hub.emit('mailboxes.changed', {})),
    notices: { add: vi.fn(() => Promise.reject(new Error('not used'))) },
    setNotificationsPaused: vi.fn(),
    replaceSources: vi.fn(async () => {}),
  };
}

/** The payload of an `inbox.changed` event carrying this badge. */
export function inboxChanged(next: Badge): InboxView {
  return { notifications: [], accounts: [], badge: next };
}
