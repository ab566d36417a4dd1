// The host's answers to a refused command in plain Chinese, with the account form's words from the
// `accounts` area.
import type { TranslationOf } from '../../../catalogue';
import type { errors as en } from '../../en/host/errors';

export const errors = {
  'errors.saveNotifications': '无法保存新通知：{problem}',
  'errors.unknownCommand': '未知命令：{command}',
  'errors.invalidRequest': 'Flagwatch 无法接受该请求（{details}）',

  'errors.notFound.notification': '找不到编号为 {id} 的通知',
  'errors.notFound.account': '找不到编号为 {id} 的亚马逊账户：它可能已被删除。',
  'errors.notFound.appeal': '找不到编号为 {id} 的申诉：它可能已被删除。',
  'errors.notFound.appealVersion': '申诉 {id} 没有第 {version} 版。',
  'errors.notFound.appealAttempt': '申诉 {id} 没有第 {attempt} 次提交。',

  'errors.account.cannotSave': '无法保存该账户：{problems}。',
  'errors.account.newNeedsSecrets': '无法保存该账户：新账户需要填写客户端密钥和刷新令牌。',
  'errors.account.clientIdChanged': '无法保存该账户：客户端 ID 已更改，请输入与之对应的客户端密钥。',
  'errors.account.endpointChanged':
    '无法保存该账户：SP-API 端点或令牌端点已更改，请重新输入客户端密钥和刷新令牌。已保存的密钥只会发送到最初填写时的地址。',
  'errors.account.issue': '{field}：{problem}',
  'errors.account.issues': '{first}；{second}',
  'errors.account.field.endpoint': 'SP-API 端点',
  'errors.account.field.tokenEndpoint': '令牌端点',
  'errors.account.marketplaceTwice': '{marketplace}重复列出',
  'errors.account.marketplaceUnknown': '{marketplace}不是 Flagwatch 已知的商城',
  'errors.account.marketplaceOutsideRegion': '{region}地区不提供{marketplace}商城',
  'errors.account.notUrl': '必须是网址',
  'errors.account.unsafeEndpoint': '必须以 https:// 开头（仅 127.0.0.1 或 localhost 允许使用 http://）',
} as const satisfies TranslationOf<typeof en>;
