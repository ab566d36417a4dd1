import type { TranslationOf } from '../../catalogue';
import type { time as en } from '../en/time';

export const time = {
  'time.overdue': '已逾期',
  'time.dueInDays': '{count} 天后到期',
  'time.dueInHours': '{count} 小时后到期',
  'time.dueInMinutes': '{count} 分钟后到期',
} as const satisfies TranslationOf<typeof en>;
