// How listing problems rank, as data: Amazon's enforcement actions from the most to the least
// harmful, and the metric listing problems are filed under.
import type { MetricGroup, Severity } from '../../../core/schema';

/** Proposed catalog key for ASIN-level listing problems (until the catalog lists it, the key is shown as is). */
export const listingIssuesMetric = 'listingIssues';
export const listingIssuesGroup: MetricGroup = 'policyCompliance';

export interface EnforcementRule {
  /** Also names the words that start the title (`spapi.listing.<action>`): "Listing suppressed: <item> (ASIN …)". */
  action: 'CATALOG_ITEM_REMOVED' | 'LISTING_SUPPRESSED' | 'SEARCH_SUPPRESSED' | 'ATTRIBUTE_SUPPRESSED';
  severity: Severity;
}

/** Most harmful first: the first action an issue carries names it. */
export const enforcementRules: readonly EnforcementRule[] = [
  { action: 'CATALOG_ITEM_REMOVED', severity: 'high' },
  { action: 'LISTING_SUPPRESSED', severity: 'high' },
  { action: 'SEARCH_SUPPRESSED', severity: 'high' },
  { action: 'ATTRIBUTE_SUPPRESSED', severity: 'warning' },
];
/** An action Amazon adds later is still an enforcement: shown, and taken seriously. */
export const unknownEnforcementSeverity: Severity = 'high';

/** An ERROR issue without an enforcement action. */
export const errorIssue = { severity: 'ERROR', notificationSeverity: 'warning' as Severity };

export const exemption = {
  /** Amazon has waived the actions: nothing to tell. */
  skipped: 'EXEMPT',
  /** Waived until `expiryDate`: told as information, with the expiry as deadline. */
  untilExpiry: 'EXEMPT_UNTIL_EXPIRY_DATE',
  untilExpirySeverity: 'info' as Severity,
} as const;
