// The Simplified Chinese the window shows: the same files as en/window-areas.ts, fetched as one
// chunk when the window speaks Chinese.
import type { TranslationOf } from '../../catalogue';
import type { WindowCatalogue } from '../../window-catalogue';
import { accounts } from './accounts';
import { appeal } from './appeal';
import { checker } from './checker';
import { common } from './common';
import { errors } from './errors';
import { digest } from './digest';
import { domain } from './domain';
import { health } from './health';
import { inbox } from './inbox';
import { notice } from './notice';
import { notification } from './notification';
import { settings } from './settings';
import { time } from './time';
import { today } from './today';
import { backup } from './backup';
import { settingsMore } from './settings-more';
import { tray } from './tray';
import { appWindow } from './window';
import { appealRecord } from './appealRecord';
import { support } from './support';
import { shortcuts } from './shortcuts';
import { clocks } from './clocks';
import { healthHistory } from './healthHistory';
import { mailbox } from './mailbox';
import { mailboxes } from './mailboxes';
import { sourceChecks } from './source-checks';

export const zhCNWindow = {
  ...common,
  ...domain,
  ...time,
  ...tray,
  ...appWindow,
  ...inbox,
  ...notification,
  ...health,
  ...accounts,
  ...settings,
  ...appeal,
  ...checker,
  ...errors,
  ...digest,
  ...today,
  ...backup,
  ...settingsMore,
  ...appealRecord,
  ...support,
  ...notice,
  ...shortcuts,
  ...clocks,
  ...healthHistory,
  ...mailbox,
  ...mailboxes,
  ...sourceChecks,
} as const satisfies TranslationOf<WindowCatalogue>;
