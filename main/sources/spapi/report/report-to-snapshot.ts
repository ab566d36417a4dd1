// From a parsed performance report to what a snapshot needs for one account: the metric readings
// for the history, and every notification the report implies right now. Pure.
//
// A notification stays in every snapshot for as long as its cause lasts, under the same key, so a
// re-poll changes nothing and the inbox resolves it once it is gone:
// - a rate metric that misses its target: key `off-target` (plus `:<days>d` for an extra window);
// - account status other than NORMAL: key `status:<STATUS>`; the AT_RISK clock runs from the
//   first poll that saw it, carried over from the previous notification;
// - Account Health Rating outside the healthy band: key `rating:<band>` (or `rating-status:<STATUS>`
//   when the report has no score);
// - a warning state BAD: key `warning:<warningType>`;
// - policy counts: see policy-rises.ts.
import { marketplaceById } from '../../../core/catalog/marketplaces';
import { accountStatusValues } from '../../../core/catalog/metrics';
import type { MetricReading, SourceNotification } from '../../../core/schema';
import { describeTarget, formatValue } from '../../../core/catalog/metric-text';
import { translatorFor } from '../../../core/i18n/catalogues';
import { countsText, missDirection, rangeText, windowText } from './describe-metric';
import { metricVerdicts, type MetricVerdict } from './metric-verdicts';
import { notificationBuilder, type BuildNotification, type ReportContext } from './notification-builder';
import { policyRiseNotifications } from './policy-rises';
import { offTargetSeverity, reportRules } from './report-rules';
import type { ParsedMarketplace, ParsedReport } from './types';

// These texts are not yet translated: their numbers are written the English way to match.
const english = translatorFor('en');

/** The previous conversion for the same account: its report, and the notifications it gave. */
export interface PreviousReport {
  report: ParsedReport;
  notifications: readonly SourceNotification[];
}

export interface ReportSnapshotPart {
  metrics: MetricReading[];
  notifications: SourceNotification[];
}

export function reportToSnapshot(
  report: ParsedReport,
  context: ReportContext,
  previous?: PreviousReport,
): ReportSnapshotPart {
  const metrics: MetricReading[] = [];
  const notifications: SourceNotification[] = [];
  for (const marketplace of report.marketplaces) {
    const verdicts = metricVerdicts(marketplace);
    const earlier = previous?.report.marketplaces.find((m) => m.marketplaceId === marketplace.marketplaceId);
    const build = notificationBuilder(context, marketplace.marketplaceId, previous?.notifications ?? []);
    metrics.push(...readingsOf(marketplace, verdicts, context));
    notifications.push(
      ...verdicts.flatMap((v) => offTargetNotification(v, marketplace, build) ?? []),
      ...policyRiseNotifications({
        marketplace,
        verdicts,
        earlier,
        context,
        previous: previous?.notifications ?? [],
        build,
      }),
      ...[accountStatusNotification(marketplace, build), healthRatingNotification(marketplace, build)].filter(
        (n) => n !== undefined,
      ),
      ...warningStateNotifications(marketplace, build),
    );
  }
  return { metrics, notifications };
}

/** The primary reading of each metric with a value, plus status, rating and warnings as numbers. */
function readingsOf(
  marketplace: ParsedMarketplace,
  verdicts: readonly MetricVerdict[],
  context: ReportContext,
): MetricReading[] {
  const base = { accountId: context.accountId, marketplaceId: marketplace.marketplaceId, at: context.at };
  const readings: MetricReading[] = verdicts.flatMap(({ reading }) => {
    if (!reading.primary || reading.value === null) return [];
    return [
      reading.target
        ? { ...base, metric: reading.metric, value: reading.value, target: reading.target }
        : { ...base, metric: reading.metric, value: reading.value },
    ];
  });
  const status = marketplace.accountStatus;
  if (status !== undefined && Object.hasOwn(accountStatusValues, status)) {
    readings.push({
      ...base,
      metric: 'accountStatus',
      value: accountStatusValues[status as keyof typeof accountStatusValues],
    });
  }
  const score = marketplace.accountHealthRating?.score;
  if (score !== undefined) readings.push({ ...base, metric: 'accountHealthRating', value: score });
  if (marketplace.warningStates !== undefined) {
    readings.push({
      ...base,
      metric: 'warningStates',
      value: marketplace.warningStates.filter((w) => w.status === reportRules.badWarningStatus).length,
    });
  }
  return readings;
}

/** "Late Shipment Rate above target: 6.2 % (target under 4 %) over the last 30 days". */
function offTargetNotification(
  verdict: MetricVerdict,
  marketplace: ParsedMarketplace,
  build: BuildNotification,
): SourceNotification | undefined {
  const { reading, definition, target, meets, windowDays } = verdict;
  if (definition.unit !== 'rate' || meets !== false || reading.value === null) return undefined;
  const value = formatValue('rate', reading.value, english);
  const counts = countsText(reading.counts);
  const range = rangeText(reading.reportingDateRange);
  const text = [
    `Amazon's Account Health report for ${marketplaceById(marketplace.marketplaceId).name} shows your ${definition.label} at ${value}; the target is ${describeTarget('rate', target, english)}.`,
    counts && `In the window${range ? ` ${range}` : ''}: ${counts}.`,
  ];
  return build({
    group: definition.group,
    metric: definition.key,
    key: reading.primary ? 'off-target' : `off-target:${reading.windowDays ?? 'other'}d`,
    title: `${definition.label} ${missDirection(target)}: ${value} (target ${describeTarget('rate', target, english)})${windowText(windowDays)}`,
    text: text.filter(Boolean).join(' '),
    severity: offTargetSeverity(definition.key),
  });
}

function accountStatusNotification(
  marketplace: ParsedMarketplace,
  build: BuildNotification,
): SourceNotification | undefined {
  const status = marketplace.accountStatus;
  if (status === undefined || status === reportRules.normalAccountStatus) return undefined;
  const where = marketplaceById(marketplace.marketplaceId).name;
  const rule = reportRules.accountStatuses[status];
  return build({
    group: 'account',
    metric: 'accountStatus',
    key: `status:${status}`,
    title: rule ? `${rule.title} (${where})` : `Account status ${status} (${where})`,
    text: rule
      ? `Amazon reports the account's status on ${where} as ${status}. ${rule.meaning}`
      : `Amazon reports the account's status on ${where} as ${status}, which is not NORMAL. Check Account Health in Seller Central.`,
    severity: rule?.severity ?? reportRules.unknownAccountStatusSeverity,
    deadlineHours: rule?.deadlineHours ?? null,
  });
}

function healthRatingNotification(
  marketplace: ParsedMarketplace,
  build: BuildNotification,
): SourceNotification | undefined {
  const rating = marketplace.accountHealthRating;
  if (rating === undefined) return undefined;
  const where = marketplaceById(marketplace.marketplaceId).name;
  const base = { group: 'account', metric: 'accountHealthRating' } as const;
  if (rating.score !== undefined) {
    const score = rating.score;
    const band =
      reportRules.healthRatingBands.find((b) => score >= b.minScore) ?? reportRules.healthRatingBands.at(-1)!;
    if (band.severity === null) return undefined;
    const healthy = reportRules.healthRatingBands[0]!.minScore;
    return build({
      ...base,
      key: `rating:${band.name}`,
      title: `Account Health Rating ${band.name.toLowerCase()}: ${score} (healthy from ${healthy})`,
      text: `Amazon's Account Health Rating for ${where} is ${score} of 1000, in the "${band.name}" band. Ratings under ${healthy} put the account at risk of deactivation; Account Health lists the policy violations behind it.`,
      severity: band.severity,
    });
  }
  if (rating.status === undefined || reportRules.healthyRatingStatuses.includes(rating.status)) return undefined;
  return build({
    ...base,
    key: `rating-status:${rating.status}`,
    title: `Account Health Rating: ${rating.status}`,
    text: `Amazon's Account Health report for ${where} gives the rating's status as ${rating.status} rather than healthy. Check Account Health in Seller Central for the violations behind it.`,
    severity: reportRules.unhealthyRatingStatusSeverity,
  });
}

function warningStateNotifications(marketplace: ParsedMarketplace, build: BuildNotification): SourceNotification[] {
  const where = marketplaceById(marketplace.marketplaceId).name;
  return (marketplace.warningStates ?? [])
    .filter((w) => w.status === reportRules.badWarningStatus)
    .map((w) =>
      build({
        group: 'account',
        metric: 'warningStates',
        key: `warning:${w.warningType}`,
        title: `Account warning: ${words(w.warningType)}`,
        text: `Amazon's Account Health report for ${where} flags "${words(w.warningType)}" as ${w.status}. Check Account Health in Seller Central for what Amazon asks.`,
        severity: reportRules.warningStateSeverity,
      }),
    );
}

/** "spammingSellerMessaging" → "spamming seller messaging". */
function words(camel: string): string {
  return camel.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}
