// The Simplified Chinese catalogue, one file per area like the English one.
import type { Catalogue, TranslationOf } from '../../catalogue';
import { appeal } from './appeal';
import { checker } from './checker';
import { common } from './common';
import { domain } from './domain';

export const zhCN = { ...common, ...domain, ...appeal, ...checker } as const satisfies TranslationOf<Catalogue>;
