import type { TranslationOf } from '../../catalogue';
import type { clocks as en } from '../en/clocks';

export const clocks = {
  'clocks.countdown.days': '剩余 {days, plural, other {# 天}} {hours, plural, other {# 小时}}',
  'clocks.countdown.hours': '剩余 {hours, plural, other {# 小时}} {minutes, plural, other {# 分钟}}',
  'clocks.countdown.minutes': '剩余 {minutes, plural, other {# 分钟}} {seconds, plural, other {# 秒}}',
  'clocks.countdown.passed': '已过截止时间',
  'clocks.nextDeadline.label': '最近的截止时间',
  'clocks.nextDeadline.link': '{title}（{marketplace}）',
  'clocks.tooltip.nextDeadline': '最近的截止时间：{title}（{marketplace}）',
} as const satisfies TranslationOf<typeof en>;
