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
import { notification } from './notification';
import { notify } from './notify';
import { policy } from './policy';
import { settings } from './settings';
import { spapi } from './spapi';
import { store } from './store';
import { time } from './time';
import { today } from './today';
import { tray } from './tray';
import { appWindow } from './window';
import { clocks } from './clocks';

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
  ...clocks,
} as const satisfies TranslationOf<Catalogue>;
