import type { TranslationOf } from '../../catalogue';
import type { tray as en } from '../en/tray';

export const tray = {
  'tray.tooltip.offline': '离线：显示最后已知的通知',
  'tray.tooltip.failed': '上次检查失败：{reason}',
  'tray.tooltip.unread': '{count, plural, =0 {没有未读的绩效通知} other {# 条未读绩效通知}}',
  'tray.tooltip.mostUrgent': '最紧急：{title}（{marketplace}）',
  'tray.menu.open': '打开 Flagwatch',
  'tray.menu.refresh': '立即刷新',
  'tray.menu.pause': '暂停通知',
  'tray.menu.quit': '退出 Flagwatch',
} as const satisfies TranslationOf<typeof en>;
