// The Simplified Chinese catalogue, one file per area like the English one.
import type { Catalogue, TranslationOf } from '../../catalogue';
import { appeal } from './appeal';
import { checker } from './checker';
import { cli } from './cli';
import { common } from './common';
import { demo } from './demo';
import { domain } from './domain';
import { notify } from './notify';
import { policy } from './policy';
import { store } from './store';
import { time } from './time';
import { tray } from './tray';

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
  ...appeal,
  ...checker,
} as const satisfies TranslationOf<Catalogue>;
