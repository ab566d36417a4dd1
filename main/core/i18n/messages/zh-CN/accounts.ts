// Developer Central (开发者中心), Selling Partner API (销售伙伴 API), the LWA credentials and
// the merchant token as Amazon's Chinese pages name them.
import type { TranslationOf } from '../../catalogue';
import type { accounts as en } from '../en/accounts';

export const accounts = {
  'accounts.list.title': '亚马逊账户',
  'accounts.list.intro':
    'Flagwatch 通过亚马逊销售伙伴 API（SP-API），使用您在开发者中心注册的应用凭证读取每个账户的绩效。客户端密钥和刷新令牌保存在本机的安全存储中。',
  'accounts.list.loading': '正在加载账户…',
  'accounts.list.empty': '尚未添加亚马逊账户。',
  'accounts.add': '添加账户',
  'accounts.field.region': '地区',
  'accounts.field.marketplaces': '商城',
  'accounts.field.sellerId': '卖家编号',
  'accounts.field.credentials': '凭证',
  'accounts.credentials.stored': '已保存',
  'accounts.credentials.missing': '缺失：请编辑账户并填写',
  'accounts.region.NA': '北美',
  'accounts.region.EU': '欧洲',
  'accounts.region.FE': '远东',

  'accounts.list.edit': '编辑',
  'accounts.list.editLabel': '编辑 {name}',
  'accounts.list.test': '测试连接',
  'accounts.list.testLabel': '测试 {name} 的连接',
  'accounts.list.testing': '正在测试…',
  'accounts.list.remove': '删除',
  'accounts.list.removeLabel': '删除 {name}',
  'accounts.list.confirm.label': '确认删除 {name}',
  'accounts.list.confirm.text': '要从 Flagwatch 中删除 {name} 及其保存的凭证吗？',
  'accounts.list.confirm.yes': '确认删除',
  'accounts.list.confirm.no': '保留',
  'accounts.list.testingConnection': '正在测试连接…',
  'accounts.list.connectionLabel': '{name} 的连接',
  'accounts.list.testedAt': '{answer}（测试于 {when}）',

  'accounts.test.connected': '已连接到亚马逊。',
  'accounts.test.connectedAs': '已以 {seller} 的身份连接到亚马逊。',
  'accounts.test.sellingOn': '正在 {marketplaces} 销售。',
  'accounts.test.notSellingOn': '未在 {marketplaces} 销售：亚马逊不会报告这些商城的任何信息。',
  'accounts.test.missingSecrets': '此账户的客户端密钥和刷新令牌尚未保存。请填写两者并保存，然后再次测试。',
  'accounts.test.refreshToken':
    '亚马逊拒绝了刷新令牌：令牌输入有误，或卖家已撤销此应用的授权。请在卖家平台重新授权该应用，并粘贴新的刷新令牌。',
  'accounts.test.clientCredentials':
    '亚马逊拒绝了客户端 ID 或客户端密钥。请在开发者中心检查两者；客户端密钥每 180 天过期一次，可能需要更换新的密钥。',
  'accounts.test.missingRole':
    '连接正常，但该应用无权读取卖家绩效报告：请在开发者中心为其分配“销售伙伴洞察”角色，然后重新授权。',
  'accounts.test.unreachable': '无法连接到亚马逊。请检查网络连接（以及代理或防火墙），然后再次测试。',
  'accounts.test.throttled': '亚马逊要求 Flagwatch 放慢速度（请求过多）。请稍等一分钟，然后再次测试。',

  'accounts.form.add': '添加亚马逊账户',
  'accounts.form.name': '名称',
  'accounts.form.sellerId': '卖家编号（Merchant Token）',
  'accounts.form.clientId': '客户端 ID',
  'accounts.form.clientSecret': '客户端密钥',
  'accounts.form.refreshToken': '刷新令牌',
  'accounts.form.keepHint': '留空则保留已保存的值。',
  'accounts.error.name': '请为账户命名',
  'accounts.error.region': '请选择地区',
  'accounts.error.sellerId': '必须是卖家平台中的 Merchant Token（8 到 20 位大写字母和数字，例如 A2EXAMPLE1234）',
  'accounts.error.noMarketplace': '请至少选择一个商城',
  'accounts.error.tooManyMarketplaces': '最多只能选择 {max, number} 个商城',
  'accounts.error.marketplaceRegion': '只能选择该地区服务的商城，且每个只能选一次',
  'accounts.error.clientId': '必须是该应用的 LWA 客户端 ID，以“{prefix}”开头',
  'accounts.error.secretText': '不能为空，也不能包含空格或换行',
  'accounts.error.refreshToken': '必须是 LWA 刷新令牌，以“Atzr|”开头',
  'accounts.error.clientSecretNeeded': '新账户需要填写客户端密钥',
  'accounts.error.refreshTokenNeeded': '新账户需要填写刷新令牌',

  'accounts.action.load': '加载账户',
  'accounts.action.save': '保存账户',
  'accounts.action.remove': '删除账户',
  'accounts.action.test': '测试连接',
} as const satisfies TranslationOf<typeof en>;
