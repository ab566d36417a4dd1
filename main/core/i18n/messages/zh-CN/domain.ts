// The domain's words as Amazon's Chinese Seller Central (卖家平台) names them. The Account Health
// terms (账户状况, 订单缺陷率, 迟发率, 配送前取消率, 有效追踪率) were seen on Chinese pages quoting
// Amazon's help; the policy names follow the wording of the Chinese Account Health page.
import type { TranslationOf } from '../../catalogue';
import type { domain as en } from '../en/domain';

export const domain = {
  'group.customerService': '客户服务绩效',
  'group.policyCompliance': '政策合规性',
  'group.shipping': '配送绩效',
  'group.account': '账户',

  'severity.info': '信息',
  'severity.warning': '警告',
  'severity.high': '高',
  'severity.critical': '严重',

  'metric.orderDefectRate.mfn': '订单缺陷率（卖家自配送）',
  'metric.orderDefectRate.afn': '订单缺陷率（亚马逊配送）',
  'metric.invoiceDefectRate': '发票缺陷率',
  'metric.lateShipmentRate': '迟发率',
  'metric.preFulfillmentCancellationRate': '配送前取消率',
  'metric.validTrackingRate': '有效追踪率',
  'metric.onTimeDeliveryRate': '准时交货率',
  'metric.unitOnTimeDeliveryRate': '准时交货率（按件）',
  'metric.suspectedIntellectualPropertyViolations': '涉嫌侵犯知识产权',
  'metric.receivedIntellectualPropertyComplaints': '收到的知识产权投诉',
  'metric.productAuthenticityCustomerComplaints': '商品真实性买家投诉',
  'metric.productConditionCustomerComplaints': '商品状况买家投诉',
  'metric.productSafetyCustomerComplaints': '商品安全买家投诉',
  'metric.foodAndProductSafetyIssues': '食品和商品安全问题',
  'metric.listingPolicyViolations': '违反上架政策',
  'metric.restrictedProductPolicyViolations': '违反受限商品政策',
  'metric.customerProductReviewsPolicyViolations': '违反买家商品评论政策',
  'metric.otherPolicyViolations': '违反其他政策',
  'metric.documentRequests': '监管合规性（文件要求）',
  'metric.listingIssues': '商品信息问题（被禁止显示或已删除的商品）',
  'metric.accountStatus': '账户状态',
  'metric.accountHealthRating': '账户状况评级',
  'metric.warningStates': '账户警告',
  'metric.policyViolationWarnings': '违反政策警告',

  'accountStatus.NORMAL': '正常',
  'accountStatus.AT_RISK': '有风险',
  'accountStatus.DEACTIVATED': '已停用',
  'accountStatus.SUSPENDED': '已暂停',

  'ahrBand.healthy': '良好',
  'ahrBand.atRisk': '有风险',
  'ahrBand.unhealthy': '不佳',

  'target.lessThan': '低于 {value}',
  'target.greaterThan': '高于 {value}',
  'target.equals': '{value}',

  'marketplace.US': '美国',
  'marketplace.CA': '加拿大',
  'marketplace.MX': '墨西哥',
  'marketplace.BR': '巴西',
  'marketplace.UK': '英国',
  'marketplace.DE': '德国',
  'marketplace.FR': '法国',
  'marketplace.IT': '意大利',
  'marketplace.ES': '西班牙',
  'marketplace.NL': '荷兰',
  'marketplace.PL': '波兰',
  'marketplace.SE': '瑞典',
  'marketplace.BE': '比利时',
  'marketplace.TR': '土耳其',
  'marketplace.JP': '日本',
  'marketplace.AU': '澳大利亚',
  'marketplace.IN': '印度',
} as const satisfies TranslationOf<typeof en>;
