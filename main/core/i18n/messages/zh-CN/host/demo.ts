// The demo's notification texts in the register of Amazon's Chinese Performance Notifications
// (绩效通知): 申诉, 行动计划, 账户状况, 卖家自配送, 亚马逊配送.
import type { TranslationOf } from '../../../catalogue';
import type { demo as en } from '../../en/host/demo';

export const demo = {
  'demo.hours': '{count} 小时',
  'demo.days': '{count} 天',

  'demo.productAuthenticity.title': '需要采取措施：商品真实性买家投诉',
  'demo.productAuthenticity.text':
    '在 {storefront} 上向您购买以下商品的买家告知我们，他们收到的商品不是正品：\n\n{products}\n\n在审核这些投诉期间，我们已移除您针对这些 ASIN 的报价。如果再收到真实性投诉，我们可能会停用您的销售权限。',
  'demo.productAuthenticity.action':
    '请在 {timeAllowed}内通过“账户状况”提交申诉，并附上：供应商开具的、日期在过去 365 天内的发票或收据，需涵盖您售出的上述每个 ASIN 的数量（请标出 ASIN）；每家供应商的名称、地址、电话号码和网站；以及一份行动计划，说明根本原因、您已采取的措施和防止问题再次发生的步骤。',

  'demo.productCondition.title': '商品状况买家投诉',
  'demo.productCondition.text':
    '{storefront} 上的一位买家报告，以下商品送达时为二手、已损坏，或与您报价中说明的状况不符：\n\n{products}\n\n您的报价仍然有效。如果在 180 天内反复收到商品状况投诉，我们可能会将其移除。',
  'demo.productCondition.action':
    '请检查您持有的该 ASIN 的库存，确保其状况与您的报价一致，必要时更正状况说明。提供库存照片和包装步骤的照片有助于我们关闭此投诉。',

  'demo.ipComplaint.title': '知识产权投诉通知：商品信息已被移除',
  'demo.ipComplaint.text':
    '一位权利所有人报告，以下商品信息在 {storefront} 上侵犯了其商标。\n\n权利所有人：{rightsOwner}\n投诉编号：{reference}\n{products}\n\n我们已移除该商品信息。如果再收到知识产权投诉，我们可能会停用您的账户。',
  'demo.ipComplaint.action':
    '如果您认为该投诉有误，请联系权利所有人并请其撤回投诉，或提交授权书或能证明商品为正品的发票进行申诉。在投诉解决之前，请勿重新发布该商品。',

  'demo.listingPolicy.title': '违反上架政策：商品详情页面内容',
  'demo.listingPolicy.text':
    '您在 {storefront} 上的以下商品信息的详情页面内容不符合要求：其中提及了其他网站，或包含“最低价”“今日特卖截止”等限时促销用语。\n\n{products}\n\n这些商品信息目前仍然有效，但如果相关内容未被删除，我们将禁止显示这些商品信息。',
  'demo.listingPolicy.action': '请编辑每条商品信息以删除相关内容，然后在“账户状况”中确认更改。',

  'demo.restrictedProduct.title': '受限商品信息已被移除',
  'demo.restrictedProduct.text':
    '我们已从 {storefront} 移除以下商品信息，因为其详情页面将商品描述为“抗菌”和“防护病菌”。宣称具有杀虫剂或杀菌剂功效的商品，只有在取得该商城要求的注册后方可销售。\n\n{products}',
  'demo.restrictedProduct.action':
    '请从详情页面删除相关宣称，或提供商品已注册的证明。如果您不再销售该商品，请关闭该商品信息。然后通过“账户状况”提交附有证据的申诉。',

  'demo.reviewsPolicy.title': '警告：买家商品评论政策',
  'demo.reviewsPolicy.text':
    '您在 {storefront} 上销售的以下商品的包裹中附有插页，向买家提供退款或免费商品以换取好评：\n\n{products}\n\n索取好评或为好评提供奖励是不允许的。如果再次发生，我们可能会移除您的商品信息或停用您的账户。',
  'demo.reviewsPolicy.action':
    '请停止使用该插页，并将其从所有库存商品中取出，包括运营中心的库存。请在行动计划中说明您将如何确保此类情况不再发生。',

  'demo.rate.title': '{direction, select, below {{metric}低于目标} other {{metric}高于目标}}',
  'demo.rate.text':
    '您在 {storefront} 上过去 {days} 天的{metric}为 {value}，未达到我们的目标（{target}）。{explanation}',
  'demo.defectPlan':
    '请在“账户状况”的“客户服务绩效”下查看存在缺陷的订单，处理未解决的索赔和负面反馈，并提交一份行动计划，说明每类缺陷的根本原因、您已采取的措施以及将如何防止其再次发生。',
  'demo.orderDefectRateMfn.explanation':
    '该比率统计收到负面反馈、亚马逊商城交易保障索赔或信用卡拒付的卖家自配送订单。持续高于目标的卖家可能会失去销售权限。',
  'demo.orderDefectRateAfn.explanation':
    '该比率统计收到负面反馈、亚马逊商城交易保障索赔或信用卡拒付的亚马逊配送订单。这些订单的缺陷通常源于商品或其详情页面，而非配送。',
  'demo.lateShipmentRate.explanation':
    '如果您在预计发货日期之后才确认发货，该订单即为迟发。比率高于目标可能导致我们停用您的卖家自配送报价。',
  'demo.lateShipmentRate.action':
    '请将处理时间设置为您实际需要的发货时间，在包裹发出当天确认发货，并通过揽收时扫描的承运人购买配送标签。',
  'demo.preFulfillmentCancelRate.explanation': '该比率统计您在确认发货前取消的卖家自配送订单，最常见的原因是商品缺货。',
  'demo.preFulfillmentCancelRate.action':
    '请在您销售的所有渠道上同步库存数量，商品一旦售罄，立即将商品信息的库存设为零。',
  'demo.validTrackingRate.explanation':
    '该比率统计确认发货时提供了经承运人扫描的追踪编码的卖家自配送包裹。低于目标时，我们可能会限制您在某些商品分类中销售。',
  'demo.validTrackingRate.action': '请在确认每笔发货时输入追踪编码和正确的承运人名称，并确认承运人在揽收时扫描了包裹。',
  'demo.onTimeDeliveryRate.explanation':
    '该比率统计在向买家承诺的日期之前送达的包裹。未按时送达会导致取消、索赔和负面反馈。',
  'demo.onTimeDeliveryRate.action':
    '请对照承运人的实际表现检查配送模板中的运输时间，并将较慢的线路改为更快的配送服务。',

  'demo.accountAtRisk.title': '您的账户有被停用的风险',
  'demo.accountAtRisk.text':
    '由于近期的违反政策行为和买家投诉，您在 {storefront} 上的账户状况评级已降至有风险范围。您的销售账户有被停用的风险。在我们审核之前，您有 {timeAllowed}的时间采取措施。',
  'demo.accountAtRisk.action':
    '请在 {timeAllowed}内打开“账户状况”，逐一处理其中列出的违规行为，并提交一份行动计划，说明每个问题的根本原因、您已采取的措施以及防止其再次发生的步骤。如果我们停用该账户，可能会冻结其中的资金。',

  'demo.aToZClaimClosed.title': '亚马逊商城交易保障索赔已以对您有利的结果关闭',
  'demo.aToZClaimClosed.text':
    '您在 {storefront} 上的一笔卖家自配送订单的亚马逊商城交易保障索赔已以对您有利的结果关闭（索赔编号 {reference}）。该索赔不计入您的订单缺陷率。无需采取任何措施。',

  'demo.trackingScanMissing.title': '近期一笔发货的追踪信息尚未扫描',
  'demo.trackingScanMissing.text':
    '{storefront} 上的一个卖家自配送包裹（编号 {reference}）已超过 48 小时没有承运人扫描记录。您的有效追踪率在目标范围内；此通知仅供参考。',
} as const satisfies TranslationOf<typeof en>;
