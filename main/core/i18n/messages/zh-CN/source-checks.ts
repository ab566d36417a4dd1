import type { TranslationOf } from '../../catalogue';
import type { sourceChecks as en } from '../en/source-checks';

export const sourceChecks = {
  'sourceChecks.failed.title': '检查 {account} 失败',
  'sourceChecks.retry': '重试',
  'sourceChecks.retry.label': '重试检查 {account}',
} as const satisfies TranslationOf<typeof en>;
