// The Simplified Chinese catalogue, assembled like the English one: the window's areas and the
// host's own.
import type { Catalogue, TranslationOf } from '../../catalogue';
import { check } from './check';
import { cli } from './cli';
import { demo } from './demo';
import { notify } from './notify';
import { policy } from './policy';
import { spapi } from './spapi';
import { zhCNWindow } from './window-areas';

export const zhCN = {
  ...zhCNWindow,
  ...notify,
  ...cli,
  ...check,
  ...policy,
  ...demo,
  ...spapi,
} as const satisfies TranslationOf<Catalogue>;
