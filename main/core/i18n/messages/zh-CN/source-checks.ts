import type { TranslationOf } from '../../catalogue';
import type { sourceChecks as en } from '../en/source-checks';

export const sourceChecks = {
  'sourceChecks.failed.title': '检查 {account} 失败',
  'sourceChecks.retry': '重试',
  'sourceChecks.retry.label': '重试检查 {account}',
  'sourceChecks.notFound': '没有编号为 {id} 的受检账户或来源：它可能已被删除。',
} as const satisfies TranslationOf<typeof en>;
