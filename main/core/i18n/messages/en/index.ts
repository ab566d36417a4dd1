// The English catalogue: the reference every other language follows. One file per area; a new
// area is one import and one spread here and in each other language's index.
import { accounts } from './accounts';
import { common } from './common';
import { domain } from './domain';
import { health } from './health';
import { inbox } from './inbox';
import { notification } from './notification';
import { settings } from './settings';
import { appWindow } from './window';

export const en = {
  ...common,
  ...domain,
  ...appWindow,
  ...inbox,
  ...notification,
  ...health,
  ...accounts,
  ...settings,
} as const;
