import type { TranslationOf } from '../../catalogue';
import type { healthHistory as en } from '../en/healthHistory';

export const healthHistory = {
  'healthHistory.heading': '历史',
  'healthHistory.metric': '指标',
  'healthHistory.period': '时间范围',
  'healthHistory.lastDays': '{count, plural, other {最近 # 天}}',
  'healthHistory.loading': '正在加载历史…',
  'healthHistory.empty': '该指标暂无历史数据。',
  'healthHistory.caption': '{metric}，每天一个数值，对照目标（{target}）',
  'healthHistory.captionNoTarget': '{metric}，每天一个数值（无目标）',
  'healthHistory.targetSeries': '目标',
  'healthHistory.summary':
    '最新 {value}（{day}）。最低 {min}（{minDay}），最高 {max}（{maxDay}），共 {count, number} 天。',
  'healthHistory.missedDays': '{missed, plural, =0 {每天均达标。} other {有 # 天未达标。}}',
  'healthHistory.table': '每日数值',
  'healthHistory.tableCaption': '{metric}每日数值，最新的在前',
  'healthHistory.column.day': '日期',
  'healthHistory.chartFailed': '无法绘制图表（{reason}）；数值见下表。',
  'healthHistory.action.load': '加载指标历史',
} as const satisfies TranslationOf<typeof en>;
