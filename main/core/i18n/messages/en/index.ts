// The English catalogue: the reference every other language follows. One file per area; a new
// area is one import and one spread here and in each other language's index.
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

export const en = {
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
} as const;
