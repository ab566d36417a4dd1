import type { TranslationOf } from '../../../catalogue';
import type { notify as en } from '../../en/host/notify';

export const notify = {
  'notify.summary.title': '{count} 条新的绩效通知',
  'notify.summary.more': '另有 {count} 条',
} as const satisfies TranslationOf<typeof en>;
