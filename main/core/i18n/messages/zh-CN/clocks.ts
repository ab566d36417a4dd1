import type { TranslationOf } from '../../catalogue';
import type { clocks as en } from '../en/clocks';

export const clocks = {
  'clocks.left.hours': '{count, plural, other {剩余 # 小时}}',
  'clocks.left.minutes': '{count, plural, other {剩余 # 分钟}}',
  'clocks.reminder.title': '{left}：{title}',
  'clocks.reminder.body': '{where}\n截止时间：{deadline}',
  'clocks.countdown.days': '剩余 {days, plural, other {# 天}} {hours, plural, other {# 小时}}',
  'clocks.countdown.hours': '剩余 {hours, plural, other {# 小时}} {minutes, plural, other {# 分钟}}',
  'clocks.countdown.minutes': '剩余 {minutes, plural, other {# 分钟}} {seconds, plural, other {# 秒}}',
  'clocks.countdown.passed': '已过截止时间',
  'clocks.nextDeadline.label': '最近的截止时间',
  'clocks.nextDeadline.link': '{title}（{marketplace}）',
  'clocks.tooltip.nextDeadline': '最近的截止时间：{title}（{marketplace}）',
  'clocks.store.label': '截止时间提醒记录',
  'clocks.store.startsOver': '某个截止时间已发出的提醒可能会再发一次',
} as const satisfies TranslationOf<typeof en>;
