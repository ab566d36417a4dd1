// The English catalogue: the reference every other language follows. One file per area; a new
// area is one import and one spread here and in each other language's index.
import { appeal } from './appeal';
import { checker } from './checker';
import { common } from './common';
import { domain } from './domain';

export const en = { ...common, ...domain, ...appeal, ...checker } as const;
