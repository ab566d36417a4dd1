// The policy names as Amazon's Chinese Seller Central and its Chinese help pages give them.
import type { TranslationOf } from '../../../catalogue';
import type { policy as en } from '../../en/host/policy';

export const policy = {
  'policy.antiCounterfeiting': '防伪政策',
  'policy.conditionGuidelines': '商品状况指南',
  'policy.intellectualProperty': '知识产权政策',
  'policy.productDetailPageRules': '商品详情页面规则',
  'policy.restrictedProducts': '受限商品政策',
  'policy.customerProductReviews': '买家商品评论政策',
  'policy.orderDefectRate': '订单缺陷率政策',
  'policy.shippingPerformance': '配送绩效政策',
  'policy.validTrackingRate': '有效追踪率政策',
  'policy.sellerCodeOfConduct': '卖家行为准则',
} as const satisfies TranslationOf<typeof en>;
