// The demo's story as data: what is already wrong at time zero, how often something new
// happens, which metrics the simulated report carries and how readings wander.
import { DE, US, healthyAccount, troubledAccount } from './accounts';

/** An event already open when the demo starts, so a first run shows a badge. */
export interface OpeningEvent {
  accountId: string;
  marketplaceId: string;
  templateId: string;
  /** How long before time zero Amazon sent it, in simulated hours. */
  hoursBefore: number;
  /** How long after time zero it stays open, in simulated hours. */
  hoursAfter: number;
}

export const openingScene: readonly OpeningEvent[] = [
  { accountId: troubledAccount.id, marketplaceId: US, templateId: 'account-at-risk', hoursBefore: 4, hoursAfter: 60 },
  {
    accountId: troubledAccount.id,
    marketplaceId: US,
    templateId: 'product-authenticity',
    hoursBefore: 20,
    hoursAfter: 96,
  },
  {
    accountId: troubledAccount.id,
    marketplaceId: US,
    templateId: 'order-defect-rate-mfn',
    hoursBefore: 30,
    hoursAfter: 48,
  },
  {
    accountId: troubledAccount.id,
    marketplaceId: DE,
    templateId: 'late-shipment-rate',
    hoursBefore: 10,
    hoursAfter: 36,
  },
  { accountId: troubledAccount.id, marketplaceId: DE, templateId: 'ip-complaint', hoursBefore: 14, hoursAfter: 30 },
  {
    accountId: healthyAccount.id,
    marketplaceId: US,
    templateId: 'a-to-z-claim-closed',
    hoursBefore: 8,
    hoursAfter: 24,
  },
];

/**
 * Pacing: simulated time is cut into slots and each slot brings exactly one new notification at
 * a random point within its first `slotJitter` share, so two arrivals are never more than
 * (1 + slotJitter) slots apart: 4.2 simulated hours, about 4 s of wall time at speed 3600.
 */
export const pacing = {
  slotHours: 3,
  slotJitter: 0.4,
};

/** Metric report fields the demo carries for every account and marketplace. */
export interface ReportedMetric {
  metric: string;
  /** Notification metrics whose open events put this reading off target. */
  missedWhileOpen: readonly string[];
}

const own = (metric: string): ReportedMetric => ({ metric, missedWhileOpen: [metric] });

export const reportedMetrics: readonly ReportedMetric[] = [
  own('orderDefectRate.mfn'),
  own('orderDefectRate.afn'),
  own('lateShipmentRate'),
  own('preFulfillmentCancellationRate'),
  own('validTrackingRate'),
  own('onTimeDeliveryRate'),
  own('suspectedIntellectualPropertyViolations'),
  own('receivedIntellectualPropertyComplaints'),
  own('productAuthenticityCustomerComplaints'),
  own('productConditionCustomerComplaints'),
  own('productSafetyCustomerComplaints'),
  own('foodAndProductSafetyIssues'),
  own('listingPolicyViolations'),
  own('restrictedProductPolicyViolations'),
  own('customerProductReviewsPolicyViolations'),
  own('otherPolicyViolations'),
  own('documentRequests'),
  own('accountStatus'),
  // An account at risk is one whose rating fell below the healthy range.
  { metric: 'accountHealthRating', missedWhileOpen: ['accountStatus'] },
];

/**
 * How readings wander: a smooth random walk with a new random point every `knotHours`
 * simulated hours. Off target, a "less than" rate sits at target × missFactor and a "greater
 * than" one at target × (1 − shortfall); in target it sits between the target and `ceiling`
 * (0 for "less than") at the account's depth.
 */
export const drift = {
  knotHours: 12,
  missFactor: [1.15, 2.2] as const,
  shortfall: { rate: [0.02, 0.09] as const, score: [0.05, 0.45] as const },
  ceiling: { rate: 1, score: 1000 },
  /** Decimal places a reading keeps: rates as Amazon shows them (0.01 %), scores whole. */
  decimals: { rate: 4, score: 0 },
};
