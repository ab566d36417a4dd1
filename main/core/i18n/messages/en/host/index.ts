// What only the host puts into words: the command line, the tray's menu, native notifications,
// the demo's and the SP-API's notices, Amazon's policy names, data-file recovery, exported
// appeal records, and its answers to a refused command. The window never ships these: it shows
// what the host has already written. A file per area, named like the window's part of that area.
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

export const enHost = {
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
} as const;
