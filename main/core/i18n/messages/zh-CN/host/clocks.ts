import type { TranslationOf } from '../../../catalogue';
import type { clocks as en } from '../../en/host/clocks';

export const clocks = {
  'clocks.left.hours': '{count, plural, other {剩余 # 小时}}',
  'clocks.left.minutes': '{count, plural, other {剩余 # 分钟}}',
  'clocks.reminder.title': '{left}：{title}',
  'clocks.reminder.body': '{where}\n截止时间：{deadline}',
  'clocks.store.label': '截止时间提醒记录',
  'clocks.store.startsOver': '某个截止时间已发出的提醒可能会再发一次',
} as const satisfies TranslationOf<typeof en>;
