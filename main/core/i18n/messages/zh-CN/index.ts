// The Simplified Chinese catalogue, one file per area like the English one.
import type { Catalogue, TranslationOf } from '../../catalogue';
import { accounts } from './accounts';
import { common } from './common';
import { domain } from './domain';
import { health } from './health';
import { inbox } from './inbox';
import { notification } from './notification';
import { settings } from './settings';
import { appWindow } from './window';

export const zhCN = {
  ...common,
  ...domain,
  ...appWindow,
  ...inbox,
  ...notification,
  ...health,
  ...accounts,
  ...settings,
} as const satisfies TranslationOf<Catalogue>;
