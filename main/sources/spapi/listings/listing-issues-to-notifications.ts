// searchListingsItems items → ASIN-level notifications: every ERROR issue and every issue that
// carries an enforcement action, one per listing, issue and marketplace. Pure.
// Key: `issue:<sku>:<code>[:<attributes>]`, stable while Amazon keeps reporting the issue; once
// an issue is gone from the listing, it is gone from the snapshot and the inbox resolves it.
import { marketplaceById } from '../../../core/catalog/marketplaces';
import type { SourceNotification } from '../../../core/schema';
import {
  enforcementRules,
  errorIssue,
  exemption,
  listingIssuesGroup,
  listingIssuesMetric,
  unknownEnforcementSeverity,
} from './listing-rules';
import type { ListingIssue, ListingsItem, ListingSummary } from './types';

export interface ListingsContext {
  accountId: string;
  /** The marketplaces searched: an issue that names none applies to these. */
  marketplaceIds: readonly string[];
  /** Poll time (ISO). */
  at: string;
}

export function listingIssuesToNotifications(
  items: readonly ListingsItem[],
  context: ListingsContext,
): SourceNotification[] {
  return items.flatMap((item) =>
    (item.issues ?? []).flatMap((issue) => {
      const verdict = verdictOf(issue);
      if (verdict === undefined) return [];
      return (issue.marketplaceIds ?? context.marketplaceIds).map((marketplaceId) =>
        notificationOf(
          item,
          issue,
          verdict,
          item.summaries?.find((s) => s.marketplaceId === marketplaceId),
          marketplaceId,
          context,
        ),
      );
    }),
  );
}

interface Verdict {
  title: string;
  severity: SourceNotification['severity'];
  deadline: string | null;
  exemptUntil?: string;
}

function verdictOf(issue: ListingIssue): Verdict | undefined {
  const actions = issue.enforcements?.actions.map((a) => a.action) ?? [];
  const exempt = issue.enforcements?.exemption;
  if (actions.length === 0 && issue.severity !== errorIssue.severity) return undefined;
  if (exempt?.status === exemption.skipped) return undefined;
  const rule = enforcementRules.find((r) => actions.includes(r.action));
  const base: Verdict =
    rule !== undefined
      ? { title: rule.title, severity: rule.severity, deadline: null }
      : actions.length > 0
        ? { title: `Amazon action ${actions[0]}`, severity: unknownEnforcementSeverity, deadline: null }
        : { title: errorIssue.title, severity: errorIssue.notificationSeverity, deadline: null };
  const expiry = Date.parse(exempt?.expiryDate ?? '');
  if (exempt?.status === exemption.untilExpiry && Number.isFinite(expiry)) {
    const until = new Date(expiry).toISOString();
    return { ...base, severity: exemption.untilExpirySeverity, deadline: until, exemptUntil: until };
  }
  return base;
}

function notificationOf(
  item: ListingsItem,
  issue: ListingIssue,
  verdict: Verdict,
  summary: ListingSummary | undefined,
  marketplaceId: string,
  context: ListingsContext,
): SourceNotification {
  const asin = summary?.asin;
  const name = plainText(summary?.itemName ?? '') || `SKU ${item.sku}`;
  const storefront = marketplaceById(marketplaceId).name;
  const details = [
    plainText(issue.message),
    `SKU ${item.sku}${asin ? `, ASIN ${asin}` : ''}, on Amazon ${storefront}.`,
    issue.code &&
      `Amazon's issue code: ${issue.code}${issue.categories.length > 0 ? ` (${issue.categories.join(', ')})` : ''}.`,
    verdict.exemptUntil && `Amazon has held back its action until ${verdict.exemptUntil.slice(0, 10)}.`,
  ];
  return {
    accountId: context.accountId,
    marketplaceId,
    group: listingIssuesGroup,
    metric: listingIssuesMetric,
    key: [
      'issue',
      item.sku,
      issue.code || 'unknown',
      ...(issue.attributeNames?.length ? [issue.attributeNames.join(',')] : []),
    ].join(':'),
    title: `${verdict.title}: ${name}${asin ? ` (ASIN ${asin})` : ''}`,
    text: details.filter(Boolean).join('\n'),
    severity: verdict.severity,
    asins: asin ? [asin] : [],
    occurredAt: context.at,
    deadline: verdict.deadline,
  };
}

/** Amazon's messages may carry markup; Flagwatch shows text only. */
function plainText(text: string): string {
  return text
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
