import type { TranslationOf } from '../../catalogue';
import type { inbox as en } from '../en/inbox';

export const inbox = {
  'inbox.loading': '正在加载通知…',
  'inbox.group.label': '{group}，{count, number} 条未读',
  'inbox.group.empty': '这里没有待处理的通知。',
  'inbox.snoozed': '已暂缓',
  'inbox.resolved': '已解决',
  'inbox.folded': '{title}（{count, number}）',
  'inbox.row.unreadLabel': '未读：{title}',
  'inbox.row.received': '收到时间 {when}',
  'inbox.row.deadline': '截止时间 {when}（{left}）',
  'inbox.row.snoozedUntil': '暂缓至 {when}',
  'inbox.row.resolvedAt': '解决时间 {when}',
} as const satisfies TranslationOf<typeof en>;
