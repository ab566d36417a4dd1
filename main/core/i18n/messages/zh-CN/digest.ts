import type { TranslationOf } from '../../catalogue';
import type { digest as en } from '../en/digest';

export const digest = {
  'digest.group': '{group}：{open} 条未处理，{unread} 条未读',
} as const satisfies TranslationOf<typeof en>;
