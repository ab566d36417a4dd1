// The Simplified Chinese catalogue, one file per area like the English one.
import type { Catalogue, TranslationOf } from '../../catalogue';
import { common } from './common';
import { domain } from './domain';

export const zhCN = { ...common, ...domain } as const satisfies TranslationOf<Catalogue>;
