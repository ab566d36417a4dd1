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
  'mailbox.test.ok': '已连接。Flagwatch 将读取：{folders}。',
} as const satisfies TranslationOf<typeof en>;
