// The inbox as the app holds it: read on first need (until then the badge comes from the summary
// saved with the last write), persisted before anyone hears of a change, woken when a snooze
// ends, and announced as `inbox.changed`. Store files found damaged are announced from here too,
// since the inbox is the first big file read.
import { badgeModel, badgeReading, type BadgeReading, type Connectivity } from '../core/badge';
import { defaultInboxQuery, sortInbox } from '../core/inbox/inbox-query';
import { isSnoozed } from '../core/inbox/unread';
import { shownOnly } from '../core/inbox/visibility';
import type { Translator } from '../core/i18n/translator';
import type { Badge, Hidden, PerformanceNotification } from '../core/schema';
import type { InboxView } from '../../preload/contract';
import { NotFoundError } from './dispatch';
import type { EventHub } from './event-hub';
import type { Clock, InboxDocument, Logger, Stores, TimerHandle } from './ports';

export interface InboxKeeperOptions {
  stores: Stores;
  clock: Clock;
  logger: Logger;
  hub: EventHub;
  /** How the sources are doing, for the badge's state and tooltip. */
  connectivity(): Connectivity;
  firstError(): string | undefined;
  /** The mailboxes that cannot be read now, in words, for the badge. */
  unreadableMailboxes(): readonly string[];
  /** The words of the moment, for the tooltip and recovery messages. */
  translator(): Translator;
  /** Accounts and marketplaces left out of the window and the badge (they are still kept). */
  hidden(): Hidden;
}

export interface InboxKeeper {
  inbox(): InboxDocument;
  badge(): Badge;
  view(): InboxView;
  /** Tells the windows the inbox as it is now. */
  emit(): InboxView;
  /** Persists first, then tells: an acknowledged change is on disk before anyone hears of it. */
  commit(next: InboxDocument): InboxView;
  /** Changes one notification; a NotFoundError when no notification has that id. */
  update(id: string, change: (n: PerformanceNotification) => PerformanceNotification): InboxView;
  /** Logs and emits each store file found damaged (and restored) since the last call. */
  announceRecoveries(): void;
  /** Wakes when the earliest snooze ends, so the badge counts that item again without a poll. */
  planSnoozeWake(): void;
  stop(): void;
}

export function createInboxKeeper(options: InboxKeeperOptions): InboxKeeper {
  const { stores, clock, logger, hub } = options;
  let loaded: InboxDocument | null = null;
  let announcedRecoveries = 0;
  let snoozeTimer: TimerHandle | null = null;
  let tooltipTimer: TimerHandle | null = null;
  let loggedBadge: Pick<Badge, 'unread' | 'state'> | null = null;
  let ordered: { of: readonly PerformanceNotification[]; sorted: PerformanceNotification[] } | null = null;

  function inbox(): InboxDocument {
    if (loaded === null) {
      loaded = stores.inbox().read();
      announceRecoveries();
    }
    return loaded;
  }

  function announceRecoveries(): void {
    const recoveries = stores.recoveries(options.translator());
    for (const recovery of recoveries.slice(announcedRecoveries)) {
      logger.warn(recovery.message, { file: recovery.file, movedTo: recovery.movedTo });
      hub.emit('store.recovered', recovery);
    }
    announcedRecoveries = recoveries.length;
  }

  function badge(): Badge {
    const unreadable = options.unreadableMailboxes();
    // The saved summary knows nothing of mailboxes: with one failing, the inbox is read after all.
    const saved = loaded === null && unreadable.length === 0 ? stores.summary.read().badge : null;
    if (saved) {
      const now = options.connectivity();
      return { ...saved, state: now !== 'ok' ? now : saved.unread > 0 ? 'active' : 'idle' };
    }
    return readBadge().badge;
  }

  /** The badge from the inbox itself, and how long its tooltip's words hold. */
  function readBadge(): BadgeReading {
    return badgeReading({
      notifications: shownOnly(inbox().notifications, options.hidden()),
      connectivity: options.connectivity(),
      error: options.firstError(),
      unreadable: options.unreadableMailboxes(),
      now: clock.now(),
      t: options.translator(),
    });
  }

  /**
   * The window's default order, sorted once per inbox rather than once per window and answer:
   * the window's own sort then finds the list already in order, which costs it a third as much.
   */
  function inDefaultOrder(notifications: readonly PerformanceNotification[]): PerformanceNotification[] {
    if (ordered?.of !== notifications)
      ordered = { of: notifications, sorted: sortInbox(notifications, defaultInboxQuery.sort) };
    return ordered.sorted;
  }

  function viewWith(badge: Badge): InboxView {
    const { notifications, accounts } = inbox();
    return { notifications: [...shownOnly(inDefaultOrder(notifications), options.hidden())], accounts, badge };
  }

  /** Tells the windows, and logs the badge whenever its count or state changes. */
  function emit(): InboxView {
    const reading = readBadge();
    const current = viewWith(reading.badge);
    const { unread, state, highestSeverity } = current.badge;
    if (loggedBadge?.unread !== unread || loggedBadge.state !== state) {
      logger.info('badge changed', { unread, state, severity: highestSeverity });
      loggedBadge = { unread, state };
    }
    hub.emit('inbox.changed', current);
    planTooltipWake(reading.holdsFor);
    return current;
  }

  /** The tooltip gives the time left to a deadline: the badge is told again when those words change. */
  function planTooltipWake(wait: number | null): void {
    tooltipTimer?.cancel();
    tooltipTimer = null;
    if (wait === null) return;
    tooltipTimer = clock.schedule(wait, () => {
      const { badge, holdsFor } = readBadge();
      hub.emit('badge.changed', badge);
      planTooltipWake(holdsFor);
    });
  }

  function commit(next: InboxDocument): InboxView {
    stores.inbox().write(next);
    loaded = next;
    const { state: _state, ...summary } = badgeModel({
      notifications: shownOnly(next.notifications, options.hidden()),
      connectivity: 'ok',
      now: clock.now(),
      t: options.translator(),
    });
    stores.summary.write({ badge: summary });
    planSnoozeWake();
    return emit();
  }

  function planSnoozeWake(): void {
    snoozeTimer?.cancel();
    snoozeTimer = null;
    const now = clock.now();
    let earliest = Infinity;
    for (const n of inbox().notifications) {
      if (n.status === 'open' && isSnoozed(n, now)) earliest = Math.min(earliest, Date.parse(n.snoozedUntil!));
    }
    if (earliest === Infinity) return;
    snoozeTimer = clock.schedule(earliest - now.getTime(), () => {
      planSnoozeWake();
      emit();
    });
  }

  return {
    inbox,
    badge,
    view: () => viewWith(readBadge().badge),
    emit,
    commit,
    update(id, change) {
      let found = false;
      const notifications = inbox().notifications.map((n) => {
        if (n.id !== id) return n;
        found = true;
        return change(n);
      });
      if (!found) throw new NotFoundError(options.translator().t('errors.notFound.notification', { id }));
      return commit({ ...inbox(), notifications });
    },
    announceRecoveries,
    planSnoozeWake,
    stop() {
      snoozeTimer?.cancel();
      tooltipTimer?.cancel();
    },
  };
}
