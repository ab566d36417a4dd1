// searchListingsItems items → ASIN-level notifications: every ERROR issue and every issue that
// carries an enforcement action, one per listing, issue and marketplace. Pure.
// Key: `issue:<sku>:<code>[:<attributes>]`, stable while Amazon keeps reporting the issue; once
// an issue is gone from the listing, it is gone from the snapshot and the inbox resolves it.
import { marketplaceName } from '../../../core/catalog/marketplace-name';
import type { Translator } from '../../../core/i18n/translator';
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
  /** The language of Flagwatch's own words; Amazon's message is quoted as it comes. */
  translator: Translator;
}

export function listingIssuesToNotifications(
  items: readonly ListingsItem[],
  context: ListingsContext,
): SourceNotification[] {
  return items.flatMap((item) =>
    (item.issues ?? []).flatMap((issue) => {
      const verdict = verdictOf(issue, context.translator);
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

function verdictOf(issue: ListingIssue, t: Translator): Verdict | undefined {
  const actions = issue.enforcements?.actions.map((a) => a.action) ?? [];
  const exempt = issue.enforcements?.exemption;
  if (actions.length === 0 && issue.severity !== errorIssue.severity) return undefined;
  if (exempt?.status === exemption.skipped) return undefined;
  const rule = enforcementRules.find((r) => actions.includes(r.action));
  const base: Verdict =
    rule !== undefined
      ? { title: t.t(`spapi.listing.${rule.action}`), severity: rule.severity, deadline: null }
      : actions.length > 0
        ? {
            title: t.t('spapi.listing.unknownAction', { action: actions[0]! }),
            severity: unknownEnforcementSeverity,
            deadline: null,
          }
        : { title: t.t('spapi.listing.error'), severity: errorIssue.notificationSeverity, deadline: null };
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
  const t = context.translator;
  const asin = summary?.asin;
  const sku = item.sku;
  const name = plainText(summary?.itemName ?? '') || `SKU ${sku}`;
  const store = t.t('spapi.amazonStore', { marketplace: marketplaceName(marketplaceId, t) });
  const categories = issue.categories.join(', ');
  const details = [
    plainText(issue.message),
    asin ? t.t('spapi.listing.whereWithAsin', { sku, asin, store }) : t.t('spapi.listing.where', { sku, store }),
    issue.code &&
      (categories
        ? t.t('spapi.listing.codeWithCategories', { code: issue.code, categories })
        : t.t('spapi.listing.code', { code: issue.code })),
    verdict.exemptUntil && t.t('spapi.listing.exempt', { date: verdict.exemptUntil.slice(0, 10) }),
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
    title: asin
      ? t.t('spapi.listing.titleWithAsin', { verdict: verdict.title, name, asin })
      : t.t('spapi.listing.title', { verdict: verdict.title, name }),
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
