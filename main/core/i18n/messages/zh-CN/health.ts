import type { TranslationOf } from '../../catalogue';
import type { health as en } from '../en/health';

export const health = {
  'health.title': '账户状况',
  'health.summaryItem': '{label}：{value}',
  'health.headroom.left': '再有 {count, number} 个缺陷即未达标（{orders, number} 个订单中已有 {defects, number} 个）',
  'health.headroom.missed': '已未达标：{orders, number} 个订单中有 {defects, number} 个缺陷',
  'health.headroom.noOrders': '统计期内没有订单',
  'health.headroom.oldestLeaves': '统计期内最早的订单将于 {when} 移出',
  'health.ratingValue': '{score, number}（{band}）',
  'health.loading': '正在加载账户状况…',
  'health.empty': '暂无指标：首次检查成功后显示。',
  'health.asOf': '截至 {when}',
  'health.otherMetrics': '其他指标',
  'health.column.metric': '指标',
  'health.column.value': '数值',
  'health.column.target': '目标',
  'health.column.result': '结果',
  'health.verdict.meets': '达标',
  'health.verdict.misses': '未达标',
  'health.verdict.none': '无目标',
  'health.unknownStatus': '未知状态（{value, number}）',
  'health.action.load': '加载账户状况',
} as const satisfies TranslationOf<typeof en>;
