// Chinese performance notices (amazon.cn and the Chinese Seller Central), as 卖家平台 and
// Amazon's emails word them.
import type { NoticePatterns } from './notice-patterns';

const N = String.raw`(?<n>[0-9０-９]+|[一二三四五六七八九十]+)`;
const DATE = String.raw`(?<year>[0-9０-９]{4})\s*年\s*(?<month>[0-9０-９]{1,2})\s*月\s*(?<day>[0-9０-９]{1,2})\s*日`;

export const chinesePatterns: NoticePatterns = {
  language: 'zh',
  subjects: [/政策警告/, /需要采取行动|需要您采取行动/, /账户状况/, /销售权限/, /知识产权/],
  markers: [
    /账户状况/,
    /绩效通知/,
    /政策警告/,
    /销售权限/,
    /行动计划/,
    /(?:商品|listing|ASIN)[^。\n]{0,20}(?:已被?(?:删除|停用|移除|屏蔽))/i,
    /订单缺陷率|迟发率|配送前取消率|有效追踪率|准时交货率/,
    /知识产权|假冒|真实性|受限商品|行为准则/,
  ],
  greetings: [
    /^(?:尊敬的|亲爱的)[^：:，,\n]{0,20}[：:，,]?/,
    /^您好[！!，,。]?/,
    /^(?:发送时间|日期|发件人|收件人|主题)\s*[:：].*/,
  ],
  groups: [
    {
      group: 'account',
      metric: 'accountStatus',
      pattern: /(?:销售权限|卖家账户|您的账户)[^。\n]{0,30}(?:停用|暂停|移除|风险)/,
    },
    { group: 'account', metric: 'accountHealthRating', pattern: /账户状况评级/ },
    { group: 'customer-service', metric: null, pattern: /订单缺陷率|负面反馈|亚马逊商城交易保障索赔|信用卡拒付/ },
    { group: 'shipping', metric: 'lateShipmentRate', pattern: /迟发率/ },
    { group: 'shipping', metric: 'preFulfillmentCancellationRate', pattern: /配送前取消率/ },
    { group: 'shipping', metric: 'validTrackingRate', pattern: /有效追踪率/ },
    { group: 'shipping', metric: 'onTimeDeliveryRate', pattern: /准时交货率/ },
    { group: 'policy-compliance', metric: 'productAuthenticityCustomerComplaints', pattern: /真实性|假冒|不真实/ },
    {
      group: 'policy-compliance',
      metric: 'receivedIntellectualPropertyComplaints',
      pattern: /知识产权|商标|版权|专利/,
    },
    { group: 'policy-compliance', metric: 'restrictedProductPolicyViolations', pattern: /受限商品/ },
    { group: 'policy-compliance', metric: 'productSafetyCustomerComplaints', pattern: /商品安全|产品安全/ },
  ],
  policies: [
    /(?:防伪|反假冒)政策/,
    /知识产权政策/,
    /受限商品政策/,
    /卖家行为准则/,
    /商品详情页面规则/,
    /买家商品评论政策/,
    /商品状况指南/,
  ],
  actions: [/请(?:在|于)?[^。！？\n]{0,30}(?:提交|提供|发送|上传)/, /行动计划/, /您(?:必须|需要)/],
  relativeDeadlines: [
    { pattern: new RegExp(String.raw`${N}\s*个?工作日(?:之内|以内|内)`), unit: 'business-days' },
    { pattern: new RegExp(String.raw`${N}\s*(?:天|日)(?:之内|以内|内)`), unit: 'days' },
    { pattern: new RegExp(String.raw`${N}\s*(?:个)?小时(?:之内|以内|内)`), unit: 'hours' },
  ],
  explicitDeadlines: [new RegExp(String.raw`${DATE}\s*(?:之前|以前|前)`)],
  monthNames: {},
  numberWords: {},
  lookBack: /(?:过去|最近|近)\s*$/,
  amazonTiming: /(?:通常|我们将|我们会|审核您的|回复|答复)/,
};
