// The demo's notification templates: data, and which catalogue messages word them (the `demo`
// area, in the language the demo speaks). Each template names its catalog metric; the group,
// name, window and target come from the catalog, never from here.
import { metricName } from '../../core/catalog/metric-text';
import { metricDefinition } from '../../core/catalog/metrics';
import type { MessageKey } from '../../core/i18n/catalogue';
import type { Translator } from '../../core/i18n/translator';
import type { Severity } from '../../core/schema';

/** A policy's name in the catalogue. */
export type PolicyKey = Extract<MessageKey, `policy.${string}`>;

export interface TemplateContext {
  /** The language of the texts. */
  t: Translator;
  /** The marketplace's storefront as customers know it: "Amazon.com", "Amazon.de". */
  storefront: string;
  /** One line per affected product: "ASIN B0XXXXXXXX: <title>". */
  productList: string;
  /** The metric's reading when the notice was sent, formatted ("1.42%"). */
  value: string;
  /** The target that applies in this marketplace, in words ("under 1%"). */
  target: string;
  rightsOwner: string;
  /** A complaint or claim reference number. */
  reference: string;
  /** The time allowed to respond, in words ("72 hours"); empty without a deadline. */
  timeAllowed: string;
}

export interface TemplateText {
  title: string;
  text: string;
  requiredAction?: string;
}

export interface NotificationTemplate {
  id: string;
  /** A key of the metric catalog. */
  metric: string;
  severity: Severity;
  /** Relative frequency in the schedule. */
  weight: number;
  policy?: PolicyKey;
  /** How many of the account's products the notice names (0 for account-wide notices). */
  asinCount: readonly [number, number];
  deadlineHours: number | null;
  /** How long, in simulated hours, the event stays open before it is resolved. */
  openHours: readonly [number, number];
  /** While open, the metric's reading misses its target (a count goes up, a rate crosses the line). */
  missesTarget: boolean;
  render(ctx: TemplateContext): TemplateText;
}

const policyEventHours = [12, 48] as const;
const rateEventHours = [24, 72] as const;

/** The context as the arguments every demo message may use. */
function args(ctx: TemplateContext): Record<string, string> {
  return {
    storefront: ctx.storefront,
    products: ctx.productList,
    value: ctx.value,
    target: ctx.target,
    rightsOwner: ctx.rightsOwner,
    reference: ctx.reference,
    timeAllowed: ctx.timeAllowed,
  };
}

/** A notice worded by its own title, text and (optional) action messages. */
function worded(title: MessageKey, text: MessageKey, action?: MessageKey): NotificationTemplate['render'] {
  return (ctx) => {
    const values = args(ctx);
    const words: TemplateText = { title: ctx.t.t(title, values), text: ctx.t.t(text, values) };
    if (action !== undefined) words.requiredAction = ctx.t.t(action, values);
    return words;
  };
}

/** A complaint under one policy about some of the account's products: no deadline, settled in 12 to 48 hours. */
function policyTemplate(
  spec: Pick<NotificationTemplate, 'id' | 'metric' | 'severity' | 'weight' | 'asinCount' | 'render'> & {
    policy: PolicyKey;
  },
): NotificationTemplate {
  const { render, ...fields } = spec;
  return { ...fields, deadlineHours: null, openHours: policyEventHours, missesTarget: true, render };
}

const productAuthenticity: NotificationTemplate = {
  id: 'product-authenticity',
  metric: 'productAuthenticityCustomerComplaints',
  severity: 'high',
  weight: 3,
  policy: 'policy.antiCounterfeiting',
  asinCount: [1, 3],
  deadlineHours: 7 * 24,
  openHours: [36, 96],
  missesTarget: true,
  render: worded('demo.productAuthenticity.title', 'demo.productAuthenticity.text', 'demo.productAuthenticity.action'),
};

const productCondition = policyTemplate({
  id: 'product-condition',
  metric: 'productConditionCustomerComplaints',
  severity: 'warning',
  weight: 2,
  policy: 'policy.conditionGuidelines',
  asinCount: [1, 1],
  render: worded('demo.productCondition.title', 'demo.productCondition.text', 'demo.productCondition.action'),
});

const ipComplaint = policyTemplate({
  id: 'ip-complaint',
  metric: 'receivedIntellectualPropertyComplaints',
  severity: 'high',
  weight: 3,
  policy: 'policy.intellectualProperty',
  asinCount: [1, 1],
  render: worded('demo.ipComplaint.title', 'demo.ipComplaint.text', 'demo.ipComplaint.action'),
});

const listingPolicy = policyTemplate({
  id: 'listing-policy',
  metric: 'listingPolicyViolations',
  severity: 'warning',
  weight: 3,
  policy: 'policy.productDetailPageRules',
  asinCount: [1, 2],
  render: worded('demo.listingPolicy.title', 'demo.listingPolicy.text', 'demo.listingPolicy.action'),
});

const restrictedProduct = policyTemplate({
  id: 'restricted-product',
  metric: 'restrictedProductPolicyViolations',
  severity: 'high',
  weight: 2,
  policy: 'policy.restrictedProducts',
  asinCount: [1, 1],
  render: worded('demo.restrictedProduct.title', 'demo.restrictedProduct.text', 'demo.restrictedProduct.action'),
});

const reviewsPolicy = policyTemplate({
  id: 'reviews-policy',
  metric: 'customerProductReviewsPolicyViolations',
  severity: 'warning',
  weight: 1,
  policy: 'policy.customerProductReviews',
  asinCount: [1, 1],
  render: worded('demo.reviewsPolicy.title', 'demo.reviewsPolicy.text', 'demo.reviewsPolicy.action'),
});

/** A rate-metric notice: the name, window and direction come from the catalog definition. */
function rateTemplate(spec: {
  id: string;
  metric: string;
  severity: Severity;
  weight: number;
  policy: PolicyKey;
  explanation: MessageKey;
  requiredAction: MessageKey;
}): NotificationTemplate {
  const definition = metricDefinition(spec.metric);
  if (!definition) throw new Error(`unknown metric ${spec.metric}`);
  const direction = definition.target.condition === 'GREATER_THAN' ? 'below' : 'above';
  return {
    id: spec.id,
    metric: spec.metric,
    severity: spec.severity,
    weight: spec.weight,
    policy: spec.policy,
    asinCount: [0, 0],
    deadlineHours: null,
    openHours: rateEventHours,
    missesTarget: true,
    render: (ctx) => {
      const metric = metricName(spec.metric, ctx.t);
      return {
        title: ctx.t.t('demo.rate.title', { direction, metric }),
        text: ctx.t.t('demo.rate.text', {
          ...args(ctx),
          metric,
          days: definition.windowDays ?? 0,
          explanation: ctx.t.t(spec.explanation),
        }),
        requiredAction: ctx.t.t(spec.requiredAction),
      };
    },
  };
}

const orderDefectRateMfn = rateTemplate({
  id: 'order-defect-rate-mfn',
  metric: 'orderDefectRate.mfn',
  severity: 'high',
  weight: 2,
  policy: 'policy.orderDefectRate',
  explanation: 'demo.orderDefectRateMfn.explanation',
  requiredAction: 'demo.defectPlan',
});

const orderDefectRateAfn = rateTemplate({
  id: 'order-defect-rate-afn',
  metric: 'orderDefectRate.afn',
  severity: 'high',
  weight: 1,
  policy: 'policy.orderDefectRate',
  explanation: 'demo.orderDefectRateAfn.explanation',
  requiredAction: 'demo.defectPlan',
});

const lateShipmentRate = rateTemplate({
  id: 'late-shipment-rate',
  metric: 'lateShipmentRate',
  severity: 'warning',
  weight: 2,
  policy: 'policy.shippingPerformance',
  explanation: 'demo.lateShipmentRate.explanation',
  requiredAction: 'demo.lateShipmentRate.action',
});

const preFulfillmentCancelRate = rateTemplate({
  id: 'pre-fulfillment-cancel-rate',
  metric: 'preFulfillmentCancellationRate',
  severity: 'warning',
  weight: 2,
  policy: 'policy.shippingPerformance',
  explanation: 'demo.preFulfillmentCancelRate.explanation',
  requiredAction: 'demo.preFulfillmentCancelRate.action',
});

const validTrackingRate = rateTemplate({
  id: 'valid-tracking-rate',
  metric: 'validTrackingRate',
  severity: 'warning',
  weight: 2,
  policy: 'policy.validTrackingRate',
  explanation: 'demo.validTrackingRate.explanation',
  requiredAction: 'demo.validTrackingRate.action',
});

const onTimeDeliveryRate = rateTemplate({
  id: 'on-time-delivery-rate',
  metric: 'onTimeDeliveryRate',
  severity: 'warning',
  weight: 1,
  policy: 'policy.shippingPerformance',
  explanation: 'demo.onTimeDeliveryRate.explanation',
  requiredAction: 'demo.onTimeDeliveryRate.action',
});

const accountAtRisk: NotificationTemplate = {
  id: 'account-at-risk',
  metric: 'accountStatus',
  severity: 'critical',
  weight: 1,
  policy: 'policy.sellerCodeOfConduct',
  asinCount: [0, 0],
  deadlineHours: 72,
  openHours: [40, 70],
  missesTarget: true,
  render: worded('demo.accountAtRisk.title', 'demo.accountAtRisk.text', 'demo.accountAtRisk.action'),
};

/** A notice that asks nothing of the seller: for information, account-wide, no deadline, no target missed. */
function informational(spec: Pick<NotificationTemplate, 'id' | 'metric' | 'render'>): NotificationTemplate {
  const { id, metric, render } = spec;
  return {
    id,
    metric,
    severity: 'info',
    weight: 1,
    asinCount: [0, 0],
    deadlineHours: null,
    openHours: [12, 36],
    missesTarget: false,
    render,
  };
}

const aToZClaimClosed = informational({
  id: 'a-to-z-claim-closed',
  metric: 'orderDefectRate.mfn',
  render: worded('demo.aToZClaimClosed.title', 'demo.aToZClaimClosed.text'),
});

const trackingScanMissing = informational({
  id: 'tracking-scan-missing',
  metric: 'validTrackingRate',
  render: worded('demo.trackingScanMissing.title', 'demo.trackingScanMissing.text'),
});

export const templates: readonly NotificationTemplate[] = [
  productAuthenticity,
  productCondition,
  ipComplaint,
  listingPolicy,
  restrictedProduct,
  reviewsPolicy,
  orderDefectRateMfn,
  orderDefectRateAfn,
  lateShipmentRate,
  preFulfillmentCancelRate,
  validTrackingRate,
  onTimeDeliveryRate,
  accountAtRisk,
  aToZClaimClosed,
  trackingScanMissing,
];

/** Fictional rights owners for intellectual property complaints. */
export const rightsOwners: readonly string[] = [
  'Cascade Trail Outfitters Inc.',
  'Nordkamm Outdoor GmbH',
  'Larkspur Designs LLC',
  'Ridgeway Brands Ltd.',
  'Tidewater Gear Co.',
];
