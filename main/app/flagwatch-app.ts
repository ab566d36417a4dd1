// What every host holds: the running application service. Hosts call these methods in
// response to the outside world (tray clicks, system wake, network changes) and forward
// `handlers` to the renderer's transport.
import type { Translator } from '../core/i18n/translator';
import type { Badge } from '../core/schema';
import type { NoticeIntake } from './notice-intake';
import type { Source } from './ports';
import type { CommandHandlers, EventName, EventPayload, Status } from '../../preload/contract';

export interface FlagwatchApp {
  /** The contract's command handlers; hosts reach them only through `dispatchCommand`. */
  readonly handlers: CommandHandlers;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
  badge(): Badge;
  status(): Status;
  /** Words in the language chosen in Settings, or the system's: for the tray, notifications and the CLI. */
  translator(): Translator;
  /** Amazon's notices (from email or pasted) into the inbox, one notification per notice. */
  readonly notices: NoticeIntake;
  /** Starts the scheduler; the first poll runs at once. */
  start(): void;
  /** Cancels timers and waits for a poll in flight. */
  stop(): Promise<void>;
  refreshNow(): Promise<Status>;
  /** The system is going to sleep: no polls until it wakes. */
  systemSuspended(): void;
  /** The system woke from sleep: poll now. */
  systemResumed(): void;
  /** The network came or went: no polls while it is gone, one as soon as it is back. */
  connectivityChanged(online: boolean): void;
  /** Ask the window to show this notification (emits `notification.open`). */
  openNotification(id: string): void;
  /** Ask the window to show the Today view (emits `today.open`): the morning digest was clicked. */
  openToday(): void;
  /** Ask the window to show Seller Support (emits `help.open`): the tray's "Contact Seller Support". */
  openHelp(): void;
  /** Ask the window to show "Add from text" (emits `notice.paste`): the tray's menu item was clicked. */
  openAddNotice(): void;
  setNotificationsPaused(paused: boolean): void;
  /** A mailbox's reading changed (emits `mailboxes.changed`): the window lists the mailboxes again. */
  mailboxesChanged(): void;
  /**
   * Watches exactly these sources from now on (accounts added, edited or removed): the same
   * Source objects go on undisturbed, removed ones stop after any poll in flight, new ones poll
   * at once.
   */
  replaceSources(sources: readonly Source[]): Promise<void>;
}
