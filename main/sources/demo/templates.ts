// The demo's notification templates: data only, worded the way Amazon's Performance
// Notifications read (written for Flagwatch, not copied). Each template names its catalog
// metric; the group, label, window and target come from the catalog, never from here.
import { metricDefinition } from '../../core/catalog/metrics';
import type { Severity } from '../../core/schema';

export interface TemplateContext {
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
  policy?: string;
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

const productAuthenticity: NotificationTemplate = {
  id: 'product-authenticity',
  metric: 'productAuthenticityCustomerComplaints',
  severity: 'high',
  weight: 3,
  policy: 'Anti-Counterfeiting Policy',
  asinCount: [1, 3],
  deadlineHours: 7 * 24,
  openHours: [36, 96],
  missesTarget: true,
  render: (ctx) => ({
    title: 'Action required: product authenticity customer complaints',
    text:
      `Customers who bought the following products from you on ${ctx.storefront} told us the items they received were not authentic:\n\n` +
      `${ctx.productList}\n\n` +
      'We have removed your offers for these ASINs while we review the complaints. ' +
      'Further authenticity complaints may lead us to deactivate your selling privileges.',
    requiredAction:
      `Within ${ctx.timeAllowed}, appeal from Account Health and attach: invoices or receipts from your suppliers ` +
      'dated within the last 365 days, covering the units you sold of each ASIN above (highlight the ASINs); ' +
      "each supplier's name, address, phone number and website; and a plan of action stating the root cause, " +
      'the actions you have taken and the steps that will prevent it from happening again.',
  }),
};

const productCondition: NotificationTemplate = {
  id: 'product-condition',
  metric: 'productConditionCustomerComplaints',
  severity: 'warning',
  weight: 2,
  policy: 'Condition Guidelines',
  asinCount: [1, 1],
  deadlineHours: null,
  openHours: policyEventHours,
  missesTarget: true,
  render: (ctx) => ({
    title: 'Product condition customer complaint',
    text:
      `A customer on ${ctx.storefront} reported that the item below arrived used, damaged or in a condition ` +
      `other than the one stated in your offer:\n\n${ctx.productList}\n\n` +
      'Your offer is still active. Repeated condition complaints within 180 days may lead us to remove it.',
    requiredAction:
      'Inspect the units you hold for this ASIN, make sure their condition matches your offer, and correct ' +
      'the condition note if needed. Photos of the inventory and of your packing steps help us close the complaint.',
  }),
};

const ipComplaint: NotificationTemplate = {
  id: 'ip-complaint',
  metric: 'receivedIntellectualPropertyComplaints',
  severity: 'high',
  weight: 3,
  policy: 'Intellectual Property Policy',
  asinCount: [1, 1],
  deadlineHours: null,
  openHours: policyEventHours,
  missesTarget: true,
  render: (ctx) => ({
    title: 'Notice of intellectual property complaint: listing removed',
    text:
      `A rights owner reported that the listing below infringes their trademark on ${ctx.storefront}.\n\n` +
      `Rights owner: ${ctx.rightsOwner}\nComplaint ID: ${ctx.reference}\n${ctx.productList}\n\n` +
      'We removed the listing. Further intellectual property complaints may lead us to deactivate your account.',
    requiredAction:
      'If you believe the complaint was made in error, contact the rights owner and ask them to retract it, ' +
      'or appeal with a letter of authorization or invoices that show the goods are genuine. ' +
      'Do not relist the product until the complaint is resolved.',
  }),
};

const listingPolicy: NotificationTemplate = {
  id: 'listing-policy',
  metric: 'listingPolicyViolations',
  severity: 'warning',
  weight: 3,
  policy: 'Product Detail Page Rules',
  asinCount: [1, 2],
  deadlineHours: null,
  openHours: policyEventHours,
  missesTarget: true,
  render: (ctx) => ({
    title: 'Listing policy violation: product detail page content',
    text:
      `The detail page content of the listings below on ${ctx.storefront} is not allowed: it refers to ` +
      "other websites or contains time-limited promotional wording such as 'best price' or 'sale ends today'.\n\n" +
      `${ctx.productList}\n\n` +
      'The listings are still active, but we will suppress them if the content stays.',
    requiredAction: 'Edit each listing to remove the content, then confirm the change from Account Health.',
  }),
};

const restrictedProduct: NotificationTemplate = {
  id: 'restricted-product',
  metric: 'restrictedProductPolicyViolations',
  severity: 'high',
  weight: 2,
  policy: 'Restricted Products Policy',
  asinCount: [1, 1],
  deadlineHours: null,
  openHours: policyEventHours,
  missesTarget: true,
  render: (ctx) => ({
    title: 'Restricted product listing removed',
    text:
      `We removed the listing below from ${ctx.storefront} because its detail page describes the product as ` +
      "'antibacterial' and 'protects against germs'. Products that make pesticide or biocide claims can only " +
      `be sold with the registration this marketplace requires.\n\n${ctx.productList}`,
    requiredAction:
      'Remove the claims from the detail page, or provide proof that the product is registered. ' +
      'If you no longer sell the product, close the listing. Then appeal from Account Health with the evidence.',
  }),
};

const reviewsPolicy: NotificationTemplate = {
  id: 'reviews-policy',
  metric: 'customerProductReviewsPolicyViolations',
  severity: 'warning',
  weight: 1,
  policy: 'Customer Product Reviews Policy',
  asinCount: [1, 1],
  deadlineHours: null,
  openHours: policyEventHours,
  missesTarget: true,
  render: (ctx) => ({
    title: 'Warning: customer product reviews policy',
    text:
      `Packages of the product below sold on ${ctx.storefront} contain an insert that offers customers a refund ` +
      `or a free product in exchange for a positive review:\n\n${ctx.productList}\n\n` +
      'Asking for positive reviews, or rewarding them, is not allowed. If it happens again we may remove your ' +
      'listings or deactivate your account.',
    requiredAction:
      'Stop using the insert and remove it from every unit in stock, including units at fulfillment centers. ' +
      'Explain in a plan of action how you will make sure it does not happen again.',
  }),
};

/** A rate-metric notice: the label, window and direction come from the catalog definition. */
function rateTemplate(spec: {
  id: string;
  metric: string;
  severity: Severity;
  weight: number;
  policy: string;
  explanation: string;
  requiredAction: string;
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
    render: (ctx) => ({
      title: `${definition.label} ${direction} target`,
      text:
        `Your ${definition.label} on ${ctx.storefront} is ${ctx.value} over the last ${definition.windowDays} days, ` +
        `which does not meet our target of ${ctx.target}. ${spec.explanation}`,
      requiredAction: spec.requiredAction,
    }),
  };
}

const defectPlan =
  'Review the defective orders under Customer Service Performance in Account Health, resolve open claims and ' +
  'negative feedback, and send a plan of action naming the root cause of each kind of defect, the actions ' +
  'you have taken and how you will prevent them.';

const orderDefectRateMfn = rateTemplate({
  id: 'order-defect-rate-mfn',
  metric: 'orderDefectRate.mfn',
  severity: 'high',
  weight: 2,
  policy: 'Order Defect Rate policy',
  explanation:
    'The rate counts seller-fulfilled orders that received negative feedback, an A-to-z Guarantee claim or a ' +
    'chargeback. Sellers who stay above the target may lose their selling privileges.',
  requiredAction: defectPlan,
});

const orderDefectRateAfn = rateTemplate({
  id: 'order-defect-rate-afn',
  metric: 'orderDefectRate.afn',
  severity: 'high',
  weight: 1,
  policy: 'Order Defect Rate policy',
  explanation:
    'The rate counts Fulfilled by Amazon orders that received negative feedback, an A-to-z Guarantee claim or a ' +
    'chargeback. Defects on these orders usually point to the product or its detail page rather than to shipping.',
  requiredAction: defectPlan,
});

const lateShipmentRate = rateTemplate({
  id: 'late-shipment-rate',
  metric: 'lateShipmentRate',
  severity: 'warning',
  weight: 2,
  policy: 'Shipping performance policy',
  explanation:
    'An order is late when you confirm its shipment after the expected ship date. A rate above the target can ' +
    'lead us to deactivate your seller-fulfilled offers.',
  requiredAction:
    'Set handling times that match how long you really take to ship, confirm each shipment on the day it leaves, ' +
    'and buy labels through a carrier that scans on pickup.',
});

const preFulfillmentCancelRate = rateTemplate({
  id: 'pre-fulfillment-cancel-rate',
  metric: 'preFulfillmentCancellationRate',
  severity: 'warning',
  weight: 2,
  policy: 'Shipping performance policy',
  explanation:
    'The rate counts seller-fulfilled orders you cancelled before confirming shipment, most often because the item ' +
    'was out of stock.',
  requiredAction:
    'Keep inventory quantities in sync on every channel you sell on, and set listings to zero stock as soon as an ' +
    'item runs out.',
});

const validTrackingRate = rateTemplate({
  id: 'valid-tracking-rate',
  metric: 'validTrackingRate',
  severity: 'warning',
  weight: 2,
  policy: 'Valid Tracking Rate policy',
  explanation:
    'The rate counts seller-fulfilled packages confirmed with a tracking number that a carrier scanned. ' +
    'Below the target we may restrict your ability to sell in some product categories.',
  requiredAction:
    'Enter the tracking number and the correct carrier name when you confirm each shipment, and check that the ' +
    'carrier scans the packages on pickup.',
});

const onTimeDeliveryRate = rateTemplate({
  id: 'on-time-delivery-rate',
  metric: 'onTimeDeliveryRate',
  severity: 'warning',
  weight: 1,
  policy: 'Shipping performance policy',
  explanation:
    'The rate counts packages delivered by the date promised to the customer. Missed delivery dates lead to ' +
    'cancellations, claims and negative feedback.',
  requiredAction:
    'Review the transit times in your shipping templates against what your carriers achieve, and switch slow ' +
    'routes to a faster service.',
});

const accountAtRisk: NotificationTemplate = {
  id: 'account-at-risk',
  metric: 'accountStatus',
  severity: 'critical',
  weight: 1,
  policy: 'Seller Code of Conduct',
  asinCount: [0, 0],
  deadlineHours: 72,
  openHours: [40, 70],
  missesTarget: true,
  render: (ctx) => ({
    title: 'Your account is at risk of deactivation',
    text:
      `Your Account Health Rating on ${ctx.storefront} has fallen into the at-risk range because of recent policy ` +
      `violations and customer complaints. Your selling account is at risk of being deactivated. You have ` +
      `${ctx.timeAllowed} to act before we review it.`,
    requiredAction:
      `Within ${ctx.timeAllowed}, open Account Health, address each violation listed there, and submit a plan of ` +
      'action that states the root cause of each issue, the actions you have already taken and the steps that ' +
      'will prevent it. If we deactivate the account, we may hold the funds in it.',
  }),
};

const aToZClaimClosed: NotificationTemplate = {
  id: 'a-to-z-claim-closed',
  metric: 'orderDefectRate.mfn',
  severity: 'info',
  weight: 1,
  asinCount: [0, 0],
  deadlineHours: null,
  openHours: [12, 36],
  missesTarget: false,
  render: (ctx) => ({
    title: 'A-to-z Guarantee claim closed in your favor',
    text:
      `An A-to-z Guarantee claim on one of your seller-fulfilled orders on ${ctx.storefront} was closed in your ` +
      `favor (claim ${ctx.reference}). It does not count toward your Order Defect Rate. No action is needed.`,
  }),
};

const trackingScanMissing: NotificationTemplate = {
  id: 'tracking-scan-missing',
  metric: 'validTrackingRate',
  severity: 'info',
  weight: 1,
  asinCount: [0, 0],
  deadlineHours: null,
  openHours: [12, 36],
  missesTarget: false,
  render: (ctx) => ({
    title: 'Tracking not yet scanned on a recent shipment',
    text:
      `A seller-fulfilled package on ${ctx.storefront} (reference ${ctx.reference}) has had no carrier scan for ` +
      'more than 48 hours. Your Valid Tracking Rate is within target; this notice is for your information.',
  }),
};

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
