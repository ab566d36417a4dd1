// The host's own words in Simplified Chinese, one file per area like the English ones.
import type { TranslationOf } from '../../../catalogue';
import type { enHost } from '../../en/host';
import { appealRecord } from './appealRecord';
import { backup } from './backup';
import { check } from './check';
import { cli } from './cli';
import { clocks } from './clocks';
import { demo } from './demo';
import { digest } from './digest';
import { errors } from './errors';
import { mailbox } from './mailbox';
import { notice } from './notice';
import { notify } from './notify';
import { policy } from './policy';
import { sourceChecks } from './source-checks';
import { spapi } from './spapi';
import { store } from './store';
import { support } from './support';
import { tray } from './tray';

export const zhCNHost = {
  ...tray,
  ...notify,
  ...cli,
  ...check,
  ...policy,
  ...demo,
  ...spapi,
  ...store,
  ...errors,
  ...digest,
  ...backup,
  ...appealRecord,
  ...support,
  ...notice,
  ...clocks,
  ...mailbox,
  ...sourceChecks,
} as const satisfies TranslationOf<typeof enHost>;
