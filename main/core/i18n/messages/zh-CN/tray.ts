import type { TranslationOf } from '../../catalogue';
import type { tray as en } from '../en/tray';

export const tray = {
  'tray.tooltip.offline': '离线：显示最后已知的通知',
  'tray.tooltip.failed': '上次检查失败：{reason}',
  'tray.tooltip.unread': '{count, plural, =0 {没有未读的绩效通知} other {# 条未读绩效通知}}',
  'tray.tooltip.mostUrgent': '最紧急：{title}（{marketplace}）',
} as const satisfies TranslationOf<typeof en>;
