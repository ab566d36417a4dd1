// The Simplified Chinese catalogue, assembled like the English one.
import type { Catalogue, TranslationOf } from '../../catalogue';
import { zhCNHost } from './host';
import { zhCNWindow } from './window-areas';

export const zhCN = { ...zhCNWindow, ...zhCNHost } as const satisfies TranslationOf<Catalogue>;
