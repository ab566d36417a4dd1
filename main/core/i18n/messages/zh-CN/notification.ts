import type { TranslationOf } from '../../catalogue';
import type { notification as en } from '../en/notification';

export const notification = {
  'notification.back': '返回收件箱',
  'notification.notFound.title': '未找到该通知',
  'notification.notFound.text': '该通知已不在收件箱中，可能已被其来源删除。',
  'notification.tag.unread': '未读',
  'notification.tag.resolved': '已解决',
  'notification.tag.snoozed': '已暂缓',
  'notification.markRead': '标为已读',
  'notification.markUnread': '标为未读',
  'notification.snoozeDay': '暂缓 1 天',
  'notification.stopSnoozing': '取消暂缓',

  'notification.field.account': '账户',
  'notification.field.marketplace': '商城',
  'notification.field.group': '指标类别',
  'notification.field.metric': '指标',
  'notification.field.severity': '严重程度',
  'notification.field.policy': '政策',
  'notification.field.requiredAction': '需要采取的措施',
  'notification.field.asins': 'ASIN',
  'notification.field.occurred': '发生时间',
  'notification.field.received': '收到时间',
  'notification.field.deadline': '截止时间',
  'notification.field.status': '状态',
  'notification.notStated': '未说明',
  'notification.noAsins': '未列出',
  'notification.deadline': '{when}（{left}）',

  'notification.status.open': '待处理',
  'notification.status.resolved': '已解决',
  'notification.status.resolvedOn': '已于 {when} 解决',
  'notification.status.snoozedUntil': '暂缓至 {when}',
  'notification.status.read': '已读',
  'notification.status.unread': '未读',
} as const satisfies TranslationOf<typeof en>;
