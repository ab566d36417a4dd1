// Policy counts (violations in the last 180 days) become one notification per rise. The report
// gives counts only, so a rise is the one sign of a new violation.
//
// The rule, per marketplace and metric, with `count` now and `before` at the previous report
// (0 when that report lacked the metric; no previous report at all means everything is new):
// - count > before opens an event keyed `rise:<count>:<date of this poll>` — its level is `count`;
// - an event stays open while count ≥ its level, under the same key (carried from the previous
//   conversion), and resolves once count falls below it (violations age out of the window);
// - so 0 → 2 → 3 → 3 → 2 gives the events rise:2 and rise:3, then only rise:2 stays open.
import { marketplaceById } from '../../../core/catalog/marketplaces';
import type { SourceNotification } from '../../../core/schema';
import { describeTarget } from '../../../core/catalog/metric-text';
import { translatorFor } from '../../../core/i18n/catalogues';
import { rangeText, windowText } from './describe-metric';
import type { MetricVerdict } from './metric-verdicts';
import { policyRiseSeverity } from './report-rules';
import type { BuildNotification, ReportContext } from './notification-builder';
import type { ParsedMarketplace } from './types';

// These texts are not yet translated: their numbers are written the English way to match.
const english = translatorFor('en');

export interface PolicyRiseInput {
  marketplace: ParsedMarketplace;
  verdicts: readonly MetricVerdict[];
  /** The same marketplace in the previous report, if there was one. */
  earlier: ParsedMarketplace | undefined;
  context: ReportContext;
  previous: readonly SourceNotification[];
  build: BuildNotification;
}

const risePattern = /^rise:(\d+):/;

export function policyRiseNotifications({
  marketplace,
  verdicts,
  earlier,
  context,
  previous,
  build,
}: PolicyRiseInput): SourceNotification[] {
  const where = marketplaceById(marketplace.marketplaceId).name;
  return verdicts.flatMap((verdict) => {
    const { reading, definition } = verdict;
    if (definition.unit !== 'count' || !reading.primary || reading.value === null) return [];
    const count = reading.value;
    const stillOpen = previous.filter(
      (n) => n.marketplaceId === marketplace.marketplaceId && n.metric === definition.key && levelOf(n.key) <= count,
    );
    const before = earlier?.metrics.find((m) => m.metric === definition.key && m.primary)?.value ?? 0;
    if (count <= before || count === 0 || stillOpen.some((n) => levelOf(n.key) === count)) return stillOpen;
    return [
      ...stillOpen,
      riseNotification(verdict, { count, before: earlier === undefined ? null : before, where }, context, build),
    ];
  });
}

interface Rise {
  count: number;
  /** Null on the first report seen for this marketplace. */
  before: number | null;
  where: string;
}

function riseNotification(
  verdict: MetricVerdict,
  { count, before, where }: Rise,
  context: ReportContext,
  build: BuildNotification,
): SourceNotification {
  const { reading, definition, target, windowDays } = verdict;
  const window = windowText(windowDays);
  const range = rangeText(reading.reportingDateRange);
  const change = before === null ? `target ${describeTarget('count', target, english)}` : `${count - before} new`;
  return build({
    group: definition.group,
    metric: definition.key,
    key: `rise:${count}:${context.at.slice(0, 10)}`,
    title: `${definition.label}: ${count}${window} (${change})`,
    text: [
      `Amazon's Account Health report for ${where} counts ${count} ${definition.label.toLowerCase()}${window}${range ? ` (${range})` : ''}`,
      before === null ? '.' : `, ${count - before} more than at the previous check.`,
      ' The report names no products: Performance Notifications in Seller Central show which ASINs and what Amazon asks for.',
    ].join(''),
    severity: policyRiseSeverity(definition.key),
  });
}

/** The count an event was opened at; events of other kinds never match a level. */
function levelOf(key: string): number {
  const match = risePattern.exec(key);
  return match ? Number(match[1]) : Number.POSITIVE_INFINITY;
}
