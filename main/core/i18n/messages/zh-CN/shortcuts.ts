import type { TranslationOf } from '../../catalogue';
import type { shortcuts as en } from '../en/shortcuts';

export const shortcuts = {
  'shortcuts.title': '键盘快捷键',
  'shortcuts.close': '关闭',
  'shortcuts.key': '按键',
  'shortcuts.action': '操作',
  'shortcuts.inbox': '在通知列表中',
  'shortcuts.everywhere': '任何页面',
  'shortcuts.next': '下一条通知',
  'shortcuts.previous': '上一条通知',
  'shortcuts.open': '打开通知',
  'shortcuts.read': '标为已读或未读',
  'shortcuts.snooze': '暂缓…',
  'shortcuts.search': '搜索',
  'shortcuts.leaveSearch': '从搜索框回到列表',
  'shortcuts.views': '按菜单中的位置切换页面',
  'shortcuts.help': '本帮助',
  'shortcuts.or': '{first} 或 {second}',
} as const satisfies TranslationOf<typeof en>;
