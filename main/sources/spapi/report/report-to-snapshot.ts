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
import { marketplaceName } from '../../../core/catalog/marketplace-name';
import { accountStatusValues } from '../../../core/catalog/metrics';
import type { MetricReading, SourceNotification } from '../../../core/schema';
import { describeTarget, formatValue, metricName } from '../../../core/catalog/metric-text';
import { sentences } from '../../../core/i18n/sentences';
import type { Translator } from '../../../core/i18n/translator';
import { countsText, missDirection, rangeText, windowText } from './describe-metric';
import { metricVerdicts, type MetricVerdict } from './metric-verdicts';
import { notificationBuilder, type BuildNotification, type ReportContext } from './notification-builder';
import { policyRiseNotifications } from './policy-rises';
import { readingCountsOf, readingWindowOf } from './reading-counts';
import { isKnownAccountStatus, offTargetSeverity, reportRules } from './report-rules';
import type { ParsedMarketplace, ParsedReport } from './types';

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
    const t = context.translator;
    metrics.push(...readingsOf(marketplace, verdicts, context));
    notifications.push(
      ...verdicts.flatMap((v) => offTargetNotification(v, marketplace, build, t) ?? []),
      ...policyRiseNotifications({
        marketplace,
        verdicts,
        earlier,
        context,
        previous: previous?.notifications ?? [],
        build,
      }),
      ...[accountStatusNotification(marketplace, build, t), healthRatingNotification(marketplace, build, t)].filter(
        (n) => n !== undefined,
      ),
      ...warningStateNotifications(marketplace, build, t),
    );
  }
  return { metrics, notifications };
}

/**
 * The primary reading of each metric with a value (with its counts and window when the report
 * gives them), plus status, rating and warnings as numbers.
 */
function readingsOf(
  marketplace: ParsedMarketplace,
  verdicts: readonly MetricVerdict[],
  context: ReportContext,
): MetricReading[] {
  const base = { accountId: context.accountId, marketplaceId: marketplace.marketplaceId, at: context.at };
  const readings: MetricReading[] = verdicts.flatMap(({ reading }) => {
    if (!reading.primary || reading.value === null) return [];
    const counts = readingCountsOf(reading);
    const window = readingWindowOf(reading.reportingDateRange);
    return [
      {
        ...base,
        metric: reading.metric,
        value: reading.value,
        ...(reading.target && { target: reading.target }),
        ...(counts && { counts }),
        ...(window && { window }),
      },
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

/** "Late Shipment Rate above target: 6.2% (target under 4%) over the last 30 days". */
function offTargetNotification(
  verdict: MetricVerdict,
  marketplace: ParsedMarketplace,
  build: BuildNotification,
  t: Translator,
): SourceNotification | undefined {
  const { reading, definition, target, meets, windowDays } = verdict;
  if (definition.unit !== 'rate' || meets !== false || reading.value === null) return undefined;
  const metric = metricName(definition.key, t);
  const value = formatValue('rate', reading.value, t);
  const targetText = describeTarget('rate', target, t);
  const counts = countsText(reading.counts, t);
  const range = rangeText(reading.reportingDateRange, t);
  const where = marketplaceName(marketplace.marketplaceId, t);
  const text = sentences(t, [
    t.t('spapi.offTarget.text', { where, metric, value, target: targetText }),
    counts &&
      (range ? t.t('spapi.offTarget.countsInRange', { range, counts }) : t.t('spapi.offTarget.counts', { counts })),
  ]);
  return build({
    group: definition.group,
    metric: definition.key,
    key: reading.primary ? 'off-target' : `off-target:${reading.windowDays ?? 'other'}d`,
    title: t.t('spapi.offTarget.title', {
      metric,
      direction: missDirection(target, t),
      value,
      target: targetText,
      window: windowText(windowDays, t),
    }),
    text,
    severity: offTargetSeverity(definition.key),
  });
}

function accountStatusNotification(
  marketplace: ParsedMarketplace,
  build: BuildNotification,
  t: Translator,
): SourceNotification | undefined {
  const status = marketplace.accountStatus;
  if (status === undefined || status === reportRules.normalAccountStatus) return undefined;
  const where = marketplaceName(marketplace.marketplaceId, t);
  const base = { group: 'account', metric: 'accountStatus', key: `status:${status}` } as const;
  if (!isKnownAccountStatus(status)) {
    return build({
      ...base,
      title: t.t('spapi.status.unknown.title', { status, where }),
      text: t.t('spapi.status.unknown.text', { status, where }),
      severity: reportRules.unknownAccountStatusSeverity,
      deadlineHours: null,
    });
  }
  const rule = reportRules.accountStatuses[status];
  return build({
    ...base,
    title: t.t('spapi.status.title', { status: t.t(`spapi.status.${status}`), where }),
    text: t.t('spapi.status.text', { status, where, meaning: t.t(`spapi.status.${status}.meaning`) }),
    severity: rule.severity,
    deadlineHours: rule.deadlineHours,
  });
}

function healthRatingNotification(
  marketplace: ParsedMarketplace,
  build: BuildNotification,
  t: Translator,
): SourceNotification | undefined {
  const rating = marketplace.accountHealthRating;
  if (rating === undefined) return undefined;
  const where = marketplaceName(marketplace.marketplaceId, t);
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
      title: t.t('spapi.rating.title', { band: band.band, score, healthy }),
      text: t.t('spapi.rating.text', {
        where,
        score,
        max: reportRules.healthRatingMax,
        bandName: t.t(`ahrBand.${band.band}`),
        healthy,
      }),
      severity: band.severity,
    });
  }
  if (rating.status === undefined || reportRules.healthyRatingStatuses.includes(rating.status)) return undefined;
  return build({
    ...base,
    key: `rating-status:${rating.status}`,
    title: t.t('spapi.ratingStatus.title', { status: rating.status }),
    text: t.t('spapi.ratingStatus.text', { where, status: rating.status }),
    severity: reportRules.unhealthyRatingStatusSeverity,
  });
}

/** The warning's name is Amazon's own ("spammingSellerMessaging"), spelled out and quoted as is. */
function warningStateNotifications(
  marketplace: ParsedMarketplace,
  build: BuildNotification,
  t: Translator,
): SourceNotification[] {
  const where = marketplaceName(marketplace.marketplaceId, t);
  return (marketplace.warningStates ?? [])
    .filter((w) => w.status === reportRules.badWarningStatus)
    .map((w) =>
      build({
        group: 'account',
        metric: 'warningStates',
        key: `warning:${w.warningType}`,
        title: t.t('spapi.warning.title', { warning: words(w.warningType) }),
        text: t.t('spapi.warning.text', { where, warning: words(w.warningType), status: w.status }),
        severity: reportRules.warningStateSeverity,
      }),
    );
}

/** "spammingSellerMessaging" → "spamming seller messaging". */
function words(camel: string): string {
  return camel.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}
