import type { TranslationOf } from '../../../catalogue';
import type { mailbox as en } from '../../en/host/mailbox';

export const mailbox = {
  'mailbox.state.label': '邮箱读取进度',
  'mailbox.state.startsOver': 'Flagwatch 会从头重新读取此邮箱；已添加的通知不会重复添加',
  'mailbox.error.notFound': '没有邮箱 {id}：它可能已被删除。',
  'mailbox.error.invalid': '无法保存邮箱：请检查 {fields}。',
  'mailbox.error.newNeedsSecret': '请输入密码、应用专用密码或 OAuth2 令牌以添加此邮箱。',
  'mailbox.error.serverChanged': '服务器、端口、安全方式、登录方式或用户已更改：请为新的设置重新输入密码或令牌。',
  'mailbox.error.unavailable': '此处无法添加邮箱。',
  'mailbox.tooltip.unreadable': '无法读取 {name}',
} as const satisfies TranslationOf<typeof en>;
