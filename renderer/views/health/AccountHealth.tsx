// Account health: for each account and marketplace, the latest value of every metric by
// group, its target, and whether it meets it, in words (never by colour alone), and a metric's
// history against its target (HealthHistory).
import { useEffect, useId, useMemo, useState } from 'react';
import { useStore } from 'zustand';
import { metricGroups, type Headroom, type LatestMetric, type MetricGroup } from '../../../preload/contract';
import { ahrBandOf } from '../../../main/core/health/ahr-bands';
import { useApi } from '../../app/api-context';
import { useFlagwatch } from '../../app/store-context';
import { useNow } from '../../app/use-now';
import { formatMoment } from '../../format/dates';
import { groupLabel, marketplaceLabel, metricLabel } from '../../format/labels';
import { useTranslator } from '../../i18n/i18n-context';
import { failureText } from '../../state/failure';
import { formatMetricValue, formatTarget, formatVerdict } from './format-metric';
import { createHealthStore } from './health-store';
import { HealthHistory } from './HealthHistory';
import './health.css';

interface Block {
  accountId: string;
  marketplaceId: string;
  groups: { group: MetricGroup | null; metrics: LatestMetric[] }[];
}

/** The readings come ordered by account, marketplace and catalog order; this only cuts them up. */
function blocksOf(metrics: LatestMetric[]): Block[] {
  const blocks: Block[] = [];
  for (const m of metrics) {
    let block = blocks.at(-1);
    if (!block || block.accountId !== m.accountId || block.marketplaceId !== m.marketplaceId) {
      block = { accountId: m.accountId, marketplaceId: m.marketplaceId, groups: [] };
      blocks.push(block);
    }
    let group = block.groups.find((g) => g.group === m.group);
    if (!group) block.groups.push((group = { group: m.group, metrics: [] }));
    group.metrics.push(m);
  }
  const order = (g: MetricGroup | null) => (g === null ? metricGroups.length : metricGroups.indexOf(g));
  for (const block of blocks) block.groups.sort((a, b) => order(a.group) - order(b.group));
  return blocks;
}

export function AccountHealth() {
  const api = useApi();
  const [store] = useState(() => createHealthStore(api));
  const metrics = useStore(store, (s) => s.metrics);
  const problem = useStore(store, (s) => s.problem);
  const accounts = useFlagwatch((s) => s.inbox?.accounts);
  // A finished check may have brought new readings.
  const lastSuccessAt = useFlagwatch((s) => s.status?.lastSuccessAt);
  const i18n = useTranslator();
  const headingId = useId();

  useEffect(() => void store.getState().load(), [store, lastSuccessAt]);

  const blocks = useMemo(() => blocksOf(metrics ?? []), [metrics]);
  const nameOf = (id: string) => accounts?.find((a) => a.id === id)?.name ?? id;

  return (
    <section aria-labelledby={headingId} className="health">
      <h2 id={headingId}>{i18n.t('health.title')}</h2>
      {problem && <p role="alert">{failureText(i18n, problem)}</p>}
      {metrics === null ? (
        !problem && <p className="loading">{i18n.t('health.loading')}</p>
      ) : blocks.length === 0 ? (
        <p className="empty">{i18n.t('health.empty')}</p>
      ) : (
        blocks.map((block) => (
          <HealthBlock
            key={`${block.accountId} ${block.marketplaceId}`}
            block={block}
            accountName={nameOf(block.accountId)}
          />
        ))
      )}
    </section>
  );
}

function HealthBlock({ block, accountName }: { block: Block; accountName: string }) {
  const i18n = useTranslator();
  const headingId = useId();
  const now = useNow();
  const latest = block.groups
    .flatMap((g) => g.metrics.map((m) => m.at))
    .sort()
    .at(-1);
  return (
    <section aria-labelledby={headingId} className="health-block card">
      <h3 id={headingId}>
        {accountName} · {marketplaceLabel(i18n, block.marketplaceId)}
      </h3>
      {latest && <p className="health-as-of">{i18n.t('health.asOf', { when: formatMoment(i18n, latest, now) })}</p>}
      <AccountStanding metrics={block.groups.flatMap((g) => g.metrics)} />
      <HealthHistory
        accountId={block.accountId}
        marketplaceId={block.marketplaceId}
        metrics={block.groups.flatMap((g) => g.metrics)}
      />
      {block.groups.map(({ group, metrics }) => (
        <table key={group ?? 'other'} className="health-table">
          <caption>{group ? groupLabel(i18n, group) : i18n.t('health.otherMetrics')}</caption>
          <thead>
            <tr>
              <th scope="col">{i18n.t('health.column.metric')}</th>
              <th scope="col">{i18n.t('health.column.value')}</th>
              <th scope="col">{i18n.t('health.column.target')}</th>
              <th scope="col">{i18n.t('health.column.result')}</th>
            </tr>
          </thead>
          <tbody>
            {metrics.map((m) => (
              <tr key={m.metric}>
                <th scope="row">{metricLabel(i18n, m.metric)}</th>
                <td>{formatMetricValue(i18n, m.unit, m.value)}</td>
                <td>{formatTarget(i18n, m.unit, m.target)}</td>
                <td className={m.meetsTarget === false ? 'misses-target' : undefined}>
                  {formatVerdict(i18n, m.meetsTarget)}
                  {m.headroom && <HeadroomText headroom={m.headroom} />}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </section>
  );
}

/** The account's status and its Account Health Rating with Amazon's band, when the report gave them. */
function AccountStanding({ metrics }: { metrics: LatestMetric[] }) {
  const i18n = useTranslator();
  const status = metrics.find((m) => m.metric === 'accountStatus');
  const rating = metrics.find((m) => m.metric === 'accountHealthRating');
  if (!status && !rating) return null;
  return (
    <ul className="health-standing">
      {status && (
        <li>
          {i18n.t('health.summaryItem', {
            label: metricLabel(i18n, status.metric),
            value: formatMetricValue(i18n, status.unit, status.value),
          })}
        </li>
      )}
      {rating && (
        <li>
          {i18n.t('health.summaryItem', {
            label: metricLabel(i18n, rating.metric),
            value: i18n.t('health.ratingValue', {
              score: rating.value,
              band: i18n.t(`ahrBand.${ahrBandOf(rating.value)}`),
            }),
          })}
        </li>
      )}
    </ul>
  );
}

/** How many more defects miss the target, and when the oldest counted order leaves the window. */
function HeadroomText({ headroom }: { headroom: Headroom }) {
  const i18n = useTranslator();
  const now = useNow();
  if (headroom.kind === 'noOrders')
    return <span className="health-headroom">{i18n.t('health.headroom.noOrders')}</span>;
  const { orders, defects, defectsToMiss, oldestLeavesAt } = headroom;
  return (
    <span className="health-headroom">
      {defectsToMiss === 0
        ? i18n.t('health.headroom.missed', { defects, orders })
        : i18n.t('health.headroom.left', { count: defectsToMiss, defects, orders })}
      {oldestLeavesAt && (
        <span className="health-headroom">
          {i18n.t('health.headroom.oldestLeaves', { when: formatMoment(i18n, oldestLeavesAt, now) })}
        </span>
      )}
    </span>
  );
}
