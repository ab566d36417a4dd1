// Account health: for each account and marketplace, the latest value of every metric by
// group, its target, and whether it meets it, in words (never by colour alone).
import { useEffect, useId, useMemo, useState } from 'react';
import { metricGroups, type FlagwatchApi, type LatestMetric, type MetricGroup } from '../../../preload/contract';
import { useFlagwatch } from '../../app/store-context';
import { useNow } from '../../app/use-now';
import { formatMoment } from '../../format/dates';
import { groupLabel, marketplaceLabel } from '../../format/labels';
import { formatMetricValue, formatTarget, formatVerdict } from './format-metric';

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

export function AccountHealth({ api }: { api: FlagwatchApi }) {
  const [metrics, setMetrics] = useState<LatestMetric[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const accounts = useFlagwatch((s) => s.inbox?.accounts);
  // A finished check may have brought new readings.
  const lastSuccessAt = useFlagwatch((s) => s.status?.lastSuccessAt);
  const headingId = useId();

  useEffect(() => {
    let current = true;
    api.invoke('metrics.latest', {}).then(
      (latest) => current && (setMetrics(latest), setProblem(null)),
      (error: unknown) =>
        current &&
        setProblem(`Could not load the account health: ${error instanceof Error ? error.message : String(error)}`),
    );
    return () => void (current = false);
  }, [api, lastSuccessAt]);

  const blocks = useMemo(() => blocksOf(metrics ?? []), [metrics]);
  const nameOf = (id: string) => accounts?.find((a) => a.id === id)?.name ?? id;

  return (
    <section aria-labelledby={headingId} className="health">
      <h2 id={headingId}>Account health</h2>
      {problem && <p role="alert">{problem}</p>}
      {metrics === null ? (
        !problem && <p className="loading">Loading account health…</p>
      ) : blocks.length === 0 ? (
        <p className="empty">No metrics yet: they appear after the first successful check.</p>
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
  const headingId = useId();
  const now = useNow();
  const latest = block.groups
    .flatMap((g) => g.metrics.map((m) => m.at))
    .sort()
    .at(-1);
  return (
    <section aria-labelledby={headingId} className="health-block">
      <h3 id={headingId}>
        {accountName} · {marketplaceLabel(block.marketplaceId)}
      </h3>
      {latest && <p className="health-as-of">As of {formatMoment(latest, now)}</p>}
      {block.groups.map(({ group, metrics }) => (
        <table key={group ?? 'other'} className="health-table">
          <caption>{group ? groupLabel(group) : 'Other metrics'}</caption>
          <thead>
            <tr>
              <th scope="col">Metric</th>
              <th scope="col">Value</th>
              <th scope="col">Target</th>
              <th scope="col">Result</th>
            </tr>
          </thead>
          <tbody>
            {metrics.map((m) => (
              <tr key={m.metric}>
                <th scope="row">{m.label}</th>
                <td>{formatMetricValue(m.unit, m.value)}</td>
                <td>{formatTarget(m.unit, m.target)}</td>
                <td className={m.meetsTarget === false ? 'misses-target' : undefined}>
                  {formatVerdict(m.meetsTarget)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </section>
  );
}
