// The Simplified Chinese catalogue, one file per area like the English one.
import type { Catalogue, TranslationOf } from '../../catalogue';
import { accounts } from './accounts';
import { appeal } from './appeal';
import { checker } from './checker';
import { cli } from './cli';
import { common } from './common';
import { demo } from './demo';
import { errors } from './errors';
import { digest } from './digest';
import { domain } from './domain';
import { health } from './health';
import { inbox } from './inbox';
import { mailbox } from './mailbox';
import { mailboxes } from './mailboxes';
import { notice } from './notice';
import { notification } from './notification';
import { notify } from './notify';
import { policy } from './policy';
import { settings } from './settings';
import { spapi } from './spapi';
import { store } from './store';
import { time } from './time';
import { today } from './today';
import { backup } from './backup';
import { settingsMore } from './settings-more';
import { tray } from './tray';
import { appWindow } from './window';
import { appealRecord } from './appealRecord';
import { support } from './support';
import { check } from './check';
import { shortcuts } from './shortcuts';
import { clocks } from './clocks';
import { healthHistory } from './healthHistory';
import { sourceChecks } from './source-checks';

export const zhCN = {
  ...common,
  ...domain,
  ...time,
  ...tray,
  ...notify,
  ...cli,
  ...policy,
  ...demo,
  ...store,
  ...appWindow,
  ...inbox,
  ...notification,
  ...health,
  ...accounts,
  ...settings,
  ...appeal,
  ...checker,
  ...spapi,
  ...errors,
  ...digest,
  ...today,
  ...backup,
  ...settingsMore,
  ...appealRecord,
  ...support,
  ...check,
  ...mailbox,
  ...mailboxes,
  ...notice,
  ...shortcuts,
  ...clocks,
  ...healthHistory,
  ...sourceChecks,
} as const satisfies TranslationOf<Catalogue>;
