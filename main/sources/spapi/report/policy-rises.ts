// Policy counts (violations in the last 180 days) become one notification per rise. The report
// gives counts only, so a rise is the one sign of a new violation.
//
// The rule, per marketplace and metric, with `count` now and `before` at the previous report
// (0 when that report lacked the metric; no previous report at all means everything is new):
// - count > before opens an event keyed `rise:<count>:<date of this poll>` — its level is `count`;
// - an event stays open while count ≥ its level, under the same key (carried from the previous
//   conversion), and resolves once count falls below it (violations age out of the window);
// - so 0 → 2 → 3 → 3 → 2 gives the events rise:2 and rise:3, then only rise:2 stays open.
import { marketplaceName } from '../../../core/catalog/marketplace-name';
import type { SourceNotification } from '../../../core/schema';
import { describeTarget, metricName } from '../../../core/catalog/metric-text';
import { sentences } from '../../../core/i18n/sentences';
import { rangeText, windowText } from './describe-metric';
import type { MetricVerdict } from './metric-verdicts';
import { policyRiseSeverity } from './report-rules';
import type { BuildNotification, ReportContext } from './notification-builder';
import type { ParsedMarketplace } from './types';

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
  const where = marketplaceName(marketplace.marketplaceId, context.translator);
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
  const t = context.translator;
  const { reading, definition, target, windowDays } = verdict;
  const metric = metricName(definition.key, t);
  const window = windowText(windowDays, t);
  const range = rangeText(reading.reportingDateRange, t);
  const change =
    before === null
      ? t.t('spapi.rise.firstChange', { target: describeTarget('count', target, t) })
      : t.t('spapi.rise.newChange', { count: count - before });
  return build({
    group: definition.group,
    metric: definition.key,
    key: `rise:${count}:${context.at.slice(0, 10)}`,
    title: t.t('spapi.rise.title', { metric, count, window, change }),
    text: sentences(t, [
      range
        ? t.t('spapi.rise.textInRange', { where, count, metric, window, range })
        : t.t('spapi.rise.text', { where, count, metric, window }),
      before === null ? '' : t.t('spapi.rise.more', { count: count - before }),
      t.t('spapi.rise.noProducts'),
    ]),
    severity: policyRiseSeverity(definition.key),
  });
}

/** The count an event was opened at; events of other kinds never match a level. */
function levelOf(key: string): number {
  const match = risePattern.exec(key);
  return match ? Number(match[1]) : Number.POSITIVE_INFINITY;
}
