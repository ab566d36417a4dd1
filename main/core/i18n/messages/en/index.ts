// The English catalogue: the reference every other language follows. What the window shows
// (window-areas.ts) and what only the host says (host/), one file per area in each. A message goes
// where it is shown: a key the window asks for must be in the window's part, and one it never
// asks for must not (tests/lint checks both).
import { enHost } from './host';
import { enWindow } from './window-areas';

export const en = { ...enWindow, ...enHost } as const;
