// How Flagwatch judges a performance report: severities, clocks and bands as data, dated, so a
// change of Amazon's rules is an edit here and nowhere else. Targets are not here: they come
// from the report itself, else from the metric catalog.
import { ahrBandMinScores, type AhrBand } from '../../../core/health/ahr-bands';
import type { Severity } from '../../../core/schema';

export const reportRulesVersion = '2026-11-01';
export const reportRulesSource =
  'Seller Central Account Health help pages (account status, Account Health Rating, policy compliance)';

const HOUR = 1;
const DAY = 24 * HOUR;

export interface AccountStatusRule {
  severity: Severity;
  /** Time Amazon gives to act, from the first poll that saw the status; null when none. */
  deadlineHours: number | null;
}

export const reportRules = {
  /** A rate metric outside its target. An ODR above target puts the account at risk, hence higher. */
  offTargetSeverity: {
    default: 'warning',
    'orderDefectRate.mfn': 'high',
    'orderDefectRate.afn': 'high',
  } as Readonly<Record<string, Severity>>,

  /** A new violation in a policy category; categories that lead to suspensions rank higher. */
  policyRiseSeverity: {
    default: 'warning',
    suspectedIntellectualPropertyViolations: 'high',
    receivedIntellectualPropertyComplaints: 'high',
    productAuthenticityCustomerComplaints: 'high',
    productSafetyCustomerComplaints: 'high',
    foodAndProductSafetyIssues: 'high',
    restrictedProductPolicyViolations: 'high',
  } as Readonly<Record<string, Severity>>,

  /** Account statuses other than NORMAL; their words are the catalogue's `spapi.status.<STATUS>`. */
  accountStatuses: {
    AT_RISK: { severity: 'critical', deadlineHours: 72 * HOUR },
    DEACTIVATED: { severity: 'critical', deadlineHours: 17 * DAY },
    SUSPENDED: { severity: 'critical', deadlineHours: 17 * DAY },
  } as const satisfies Readonly<Record<string, AccountStatusRule>>,
  normalAccountStatus: 'NORMAL',
  /** A status Amazon may introduce later: shown, never ignored. */
  unknownAccountStatusSeverity: 'high' as Severity,

  /**
   * Account Health Rating bands by score, highest first; `severity` null means healthy. `name`
   * is part of a notification's key (so it never changes); `band` names its words (`ahrBand.*`).
   */
  healthRatingBands: [
    { name: 'Healthy', band: 'healthy', minScore: ahrBandMinScores.healthy, severity: null },
    { name: 'At risk', band: 'atRisk', minScore: ahrBandMinScores.atRisk, severity: 'high' },
    { name: 'Unhealthy', band: 'unhealthy', minScore: ahrBandMinScores.unhealthy, severity: 'critical' },
  ] as ReadonlyArray<{ name: string; band: AhrBand; minScore: number; severity: Severity | null }>,
  /** The top of Amazon's Account Health Rating scale. */
  healthRatingMax: 1000,
  /** Without a score, the rating's status word decides (the schema: GREAT or WARNED). */
  healthyRatingStatuses: ['GREAT', 'GOOD', 'HEALTHY'] as readonly string[],
  unhealthyRatingStatusSeverity: 'high' as Severity,

  /** A warning state in this status is a notification. */
  badWarningStatus: 'BAD',
  warningStateSeverity: 'high' as Severity,
} as const;

export type KnownAccountStatus = keyof typeof reportRules.accountStatuses;

export function isKnownAccountStatus(status: string): status is KnownAccountStatus {
  return Object.hasOwn(reportRules.accountStatuses, status);
}

export function offTargetSeverity(metric: string): Severity {
  return reportRules.offTargetSeverity[metric] ?? reportRules.offTargetSeverity.default!;
}

export function policyRiseSeverity(metric: string): Severity {
  return reportRules.policyRiseSeverity[metric] ?? reportRules.policyRiseSeverity.default!;
}
