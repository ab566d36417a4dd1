import type { TranslationOf } from '../../catalogue';
import type { today as en } from '../en/today';

export const today = {
  'today.nav': '今日',
  'today.title': '今日',
  'today.loading': '正在加载今日摘要…',
  'today.asOf': '截至 {when}',
  'today.allClear': '一切正常：没有未处理的绩效通知，也没有等待亚马逊答复的申诉。',
  'today.groups': '未处理的通知',
  'today.mostUrgent': '最紧急的截止时间',
  'today.noDeadline': '未处理的通知都没有截止时间。',
  'today.nearTarget': '接近目标',
  'today.nearTarget.none': '所有指标都留有余量。',
  'today.nearTarget.line': '{value}，目标{target}，尚余 {headroom}',
  'today.awaiting': '等待亚马逊答复',
  'today.awaiting.none': '没有等待答复的申诉。',
  'today.awaiting.submitted': '提交于 {when}',
  'today.streak': '{count, plural, =0 {今天第一次查看} other {已连续 # 天查看 Flagwatch}}',
  'today.link.inbox': '打开收件箱',
  'today.link.health': '查看账户状况',
  'today.link.appeals': '查看申诉',
  'today.untitledAppeal': '未关联通知的申诉',

  'today.action.load': '加载今日摘要',
} as const satisfies TranslationOf<typeof en>;
