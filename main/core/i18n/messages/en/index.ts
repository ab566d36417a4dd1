// The English catalogue: the reference every other language follows. One file per area: the
// window's areas (window-areas.ts) and the host's own, which only the host puts into words. A new
// area is one import and one spread, here or in window-areas.ts, and the same in each other
// language.
import { check } from './check';
import { cli } from './cli';
import { demo } from './demo';
import { notify } from './notify';
import { policy } from './policy';
import { spapi } from './spapi';
import { enWindow } from './window-areas';

export const en = {
  ...enWindow,
  ...notify,
  ...cli,
  ...check,
  ...policy,
  ...demo,
  ...spapi,
} as const;
