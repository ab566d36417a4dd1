// The SP-API notifications and errors in the words of Amazon's Chinese Seller Central: 账户状况,
// 账户状况评级, 绩效通知, 商品信息, 禁止显示, 卖家平台. Amazon's own words stay as they come.
import type { TranslationOf } from '../../../catalogue';
import type { spapi as en } from '../../en/host/spapi';

export const spapi = {
  'spapi.window': '（过去 {days, number} 天）',
  'spapi.range': '{from} 至 {to}',
  'spapi.amazonStore': '亚马逊{marketplace}站',

  'spapi.miss.above': '高于目标',
  'spapi.miss.below': '低于目标',
  'spapi.miss.off': '未达目标',
  'spapi.offTarget.title': '{metric}{direction}：{value}（目标{target}）{window}',
  'spapi.offTarget.text': '亚马逊{where}站的账户状况报告显示，您的{metric}为 {value}；目标为{target}。',
  'spapi.offTarget.counts': '统计期内：{counts}。',
  'spapi.offTarget.countsInRange': '统计期内（{range}）：{counts}。',

  'spapi.count.orderCount': '{count, number} 个订单',
  'spapi.count.shipmentCount': '{count, number} 个货件',
  'spapi.count.shipmentCountWithValidTracking': '{count, number} 个货件有有效追踪信息',
  'spapi.count.totalUnitCount': '{count, number} 件商品',
  'spapi.count.orderWithDefects': '{count, number} 个缺陷订单',
  'spapi.count.negativeFeedback': '{count, number} 条负面反馈',
  'spapi.count.claims': '{count, number} 个亚马逊商城交易保障索赔',
  'spapi.count.chargebacks': '{count, number} 个信用卡拒付',
  'spapi.count.lateShipmentCount': '{count, number} 个迟发',
  'spapi.count.cancellationCount': '{count, number} 个在发货前取消',
  'spapi.count.validTrackingCount': '{count, number} 个有有效追踪信息',
  'spapi.count.onTimeDeliveryCount': '{count, number} 个准时送达',
  'spapi.count.unitOnTimeDeliveryCount': '{count, number} 件准时送达',
  'spapi.count.invoiceDefect': '{count, number} 个发票缺陷',
  'spapi.count.missingInvoice': '{count, number} 张发票缺失',
  'spapi.count.lateInvoice': '{count, number} 张发票延迟上传',

  'spapi.rise.title': '{metric}：{count, number}{window}（{change}）',
  'spapi.rise.firstChange': '目标 {target}',
  'spapi.rise.newChange': '新增 {count, number}',
  'spapi.rise.text': '亚马逊{where}站的账户状况报告中，{metric}计为 {count, number}{window}。',
  'spapi.rise.textInRange': '亚马逊{where}站的账户状况报告中，{metric}计为 {count, number}{window}（{range}）。',
  'spapi.rise.more': '比上次检查多 {count, number}。',
  'spapi.rise.noProducts': '报告未列出具体商品：请在卖家平台的“绩效通知”中查看涉及哪些 ASIN 以及亚马逊的要求。',

  'spapi.status.AT_RISK': '账户有被停用的风险',
  'spapi.status.AT_RISK.meaning':
    '亚马逊将该账户标记为有被停用的风险。请在 72 小时内采取措施：查看“账户状况”并处理其中列出的问题。',
  'spapi.status.DEACTIVATED': '账户已被停用',
  'spapi.status.DEACTIVATED.meaning': '亚马逊已停用该账户。需要在 17 天内或两次申诉失败之前提交一份可接受的行动计划。',
  'spapi.status.SUSPENDED': '账户已被暂停',
  'spapi.status.SUSPENDED.meaning': '亚马逊已暂停该账户。需要在 17 天内或两次申诉失败之前提交一份可接受的行动计划。',
  'spapi.status.title': '{status}（{where}）',
  'spapi.status.text': '亚马逊报告该账户在{where}站的状态为 {status}。{meaning}',
  'spapi.status.unknown.title': '账户状态 {status}（{where}）',
  'spapi.status.unknown.text':
    '亚马逊报告该账户在{where}站的状态为 {status}，而非 NORMAL。请在卖家平台查看“账户状况”。',

  'spapi.rating.title':
    '账户状况评级{band, select, atRisk {有风险} unhealthy {不佳} other {{band}}}：{score, number}（{healthy, number} 分及以上为良好）',
  'spapi.rating.text':
    '亚马逊{where}站的账户状况评级为 {score, number}（满分 {max, number}），处于“{bandName}”区间。评级低于 {healthy, number} 时，账户有被停用的风险；“账户状况”中列出了导致评级下降的违反政策行为。',
  'spapi.ratingStatus.title': '账户状况评级：{status}',
  'spapi.ratingStatus.text':
    '亚马逊{where}站的账户状况报告给出的评级状态为 {status}，而非良好。请在卖家平台查看“账户状况”中导致该状态的违规行为。',
  'spapi.warning.title': '账户警告：{warning}',
  'spapi.warning.text':
    '亚马逊{where}站的账户状况报告将“{warning}”标记为 {status}。请在卖家平台查看“账户状况”了解亚马逊的要求。',

  'spapi.listing.CATALOG_ITEM_REMOVED': '商品信息已从目录中删除',
  'spapi.listing.LISTING_SUPPRESSED': '商品信息被禁止显示',
  'spapi.listing.SEARCH_SUPPRESSED': '商品信息在搜索结果中被隐藏',
  'spapi.listing.ATTRIBUTE_SUPPRESSED': '商品信息的部分详情被禁止显示',
  'spapi.listing.unknownAction': '亚马逊措施 {action}',
  'spapi.listing.error': '商品信息问题',
  'spapi.listing.title': '{verdict}：{name}',
  'spapi.listing.titleWithAsin': '{verdict}：{name}（ASIN {asin}）',
  'spapi.listing.where': 'SKU {sku}，位于{store}。',
  'spapi.listing.whereWithAsin': 'SKU {sku}，ASIN {asin}，位于{store}。',
  'spapi.listing.code': '亚马逊的问题代码：{code}。',
  'spapi.listing.codeWithCategories': '亚马逊的问题代码：{code}（{categories}）。',
  'spapi.listing.exempt': '亚马逊已暂缓采取措施，直至 {date}。',

  'spapi.participation.notSelling.title': '未在{where}销售',
  'spapi.participation.notSelling.text':
    '亚马逊报告该账户未参与{where}，而 Flagwatch 设为监控该站点。如果不是您自己关闭的，请在卖家平台查看该站点的“账户状况”。',
  'spapi.participation.suspended.title': '{where}的商品信息处于不可售状态',
  'spapi.participation.suspended.text':
    '亚马逊报告该账户在{where}有被暂停的商品信息：商品信息状态已设为不可售。请在卖家平台查看“库存”和商品信息状态。',

  'spapi.error.withDetail': '{advice}（{detail}）',
  'spapi.error.auth-revoked': '亚马逊拒绝了刷新令牌：它已被撤销或输入有误。请重新连接该账户。',
  'spapi.error.auth-client':
    '亚马逊拒绝了应用凭证：LWA 客户端 ID 或客户端密钥有误，或密钥已过期（每 180 天必须轮换一次）。请输入当前的凭证。',
  'spapi.error.forbidden':
    '亚马逊拒绝访问：应用缺少所需的角色（报告需要“销售伙伴洞察”，商品信息需要“商品信息”），或该账户未授权。请在卖家平台检查应用角色并重新连接。',
  'spapi.error.throttled': '多次礼貌重试后，亚马逊仍回复“请求过多”。Flagwatch 稍后会再试。',
  'spapi.error.unreachable': '无法连接到亚马逊。请检查网络连接；Flagwatch 会再试。',
  'spapi.error.timeout': '亚马逊未及时回复。Flagwatch 会再试。',
  'spapi.error.server': '亚马逊回复时出现临时问题。Flagwatch 会再试。',
  'spapi.error.bad-request': '亚马逊认为请求格式有误，拒绝了该请求。',
  'spapi.error.bad-response': '亚马逊发送的回复 Flagwatch 无法读取。',
  'spapi.error.not-found': '亚马逊找不到所请求的项目。',
  'spapi.error.ofAccount': '{account}：{problem}',
  'spapi.error.noSecrets': '客户端密钥和刷新令牌尚未保存；请在“账户”中添加',
  'spapi.error.unreadableReport': '亚马逊发送的账户状况报告 Flagwatch 无法读取：{problem}',
  'spapi.error.unexpected': '检查意外失败：{problem}',

  'spapi.env.accountName': '亚马逊账户（环境变量）',
  'spapi.env.missing': 'SP-API 来源需要以下环境变量，但它们未设置：{variables}。',
  'spapi.env.invalid': 'SP-API 环境变量无效：{problems}。',
} as const satisfies TranslationOf<typeof en>;
