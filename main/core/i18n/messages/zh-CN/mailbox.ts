import type { TranslationOf } from '../../catalogue';
import type { mailbox as en } from '../en/mailbox';

export const mailbox = {
  'mailbox.failure.missing-secret': '此邮箱未保存密码或令牌：请重新输入并保存。',
  'mailbox.failure.sign-in': '{host} 拒绝了用户名或密码。请检查；许多邮箱服务商需要应用专用密码或 OAuth2 登录。',
  'mailbox.failure.unreachable': '无法连接 {host}。请检查服务器名称和端口，以及这台电脑是否联网。',
  'mailbox.failure.timeout': '{host} 未及时响应。请检查端口，或稍后再试。',
  'mailbox.failure.certificate': '{host} 的证书不受信任（已过期、自签名或签发给其他名称）。请检查服务器名称。',
  'mailbox.failure.security-mismatch':
    '{host} 在此端口上不支持所选的安全方式。请尝试 TLS（端口 993）或 STARTTLS（端口 143）。',
  'mailbox.failure.not-imap': '{host} 有响应，但不是邮件（IMAP）服务器。请检查服务器名称和端口。',
  'mailbox.failure.folder-missing': '{host} 上不存在要监视的文件夹。请检查文件夹名称。',
  'mailbox.failure.dropped': '{host} 断开了连接。Flagwatch 会再次尝试。',
  'mailbox.failure.unexpected': '从 {host} 读取邮件时出现了问题。',
  'mailbox.state.label': '邮箱读取进度',
  'mailbox.state.startsOver': 'Flagwatch 会从头重新读取此邮箱；已添加的通知不会重复添加',
  'mailbox.error.notFound': '没有邮箱 {id}：它可能已被删除。',
  'mailbox.error.invalid': '无法保存邮箱：请检查 {fields}。',
  'mailbox.error.newNeedsSecret': '请输入密码、应用专用密码或 OAuth2 令牌以添加此邮箱。',
  'mailbox.error.serverChanged': '服务器、端口、安全方式、登录方式或用户已更改：请为新的设置重新输入密码或令牌。',
  'mailbox.test.ok': '已连接。Flagwatch 将读取：{folders}。',
  'mailbox.error.unavailable': '此处无法添加邮箱。',
} as const satisfies TranslationOf<typeof en>;
