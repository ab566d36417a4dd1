import type { TranslationOf } from '../../../catalogue';
import type { sourceChecks as en } from '../../en/host/source-checks';

export const sourceChecks = {
  'sourceChecks.notFound': '没有编号为 {id} 的受检账户或来源：它可能已被删除。',
} as const satisfies TranslationOf<typeof en>;
