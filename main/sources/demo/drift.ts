// Metric readings of the simulated report at a simulated instant. A reading misses its target
// exactly while an event that drives it is open; otherwise rates and scores wander smoothly
// inside the target, near the limit or comfortably inside depending on the account.
import { marketplaceById } from '../../core/catalog/marketplaces';
import { accountStatusValues, metricDefinition, targetFor } from '../../core/catalog/metrics';
import type { Target } from '../../core/schema';
import type { DemoAccount } from './accounts';
import { randomFor } from './prng';
import { drift, reportedMetrics, type ReportedMetric } from './scenario';
import type { DemoEvent } from './timeline';

const HOUR = 3_600_000;

export interface ReadingInput {
  seed: string;
  account: DemoAccount;
  marketplaceId: string;
  metric: string;
  simulatedMs: number;
  /** Events open at that instant, any account. */
  open: readonly DemoEvent[];
}

/** The report's target for this metric in this marketplace, from the catalog. */
export function demoTarget(metric: string, marketplaceId: string): Target {
  const target = targetFor(metric, marketplaceById(marketplaceId).code);
  if (!target) throw new Error(`metric ${metric} is not in the catalog`);
  return target;
}

export function readingValue(input: ReadingInput): number {
  const { account, marketplaceId, metric } = input;
  const drivers = reportedMetric(metric).missedWhileOpen;
  const offTarget = input.open.filter(
    (e) =>
      e.account.id === account.id &&
      e.marketplaceId === marketplaceId &&
      e.template.missesTarget &&
      drivers.includes(e.template.metric),
  ).length;
  const unit = metricDefinition(metric)?.unit;
  switch (unit) {
    case 'count':
      return offTarget;
    case 'status':
      return offTarget > 0 ? accountStatusValues.AT_RISK : accountStatusValues.NORMAL;
    case 'rate':
    case 'score': {
      const u = wander(input.seed, [account.id, marketplaceId, metric], input.simulatedMs);
      const value = bandValue(unit, demoTarget(metric, marketplaceId), offTarget > 0, u, account.inTargetDepth);
      return round(value, drift.decimals[unit]);
    }
    default:
      throw new Error(`metric ${metric} is not in the catalog`);
  }
}

function reportedMetric(metric: string): ReportedMetric {
  const reported = reportedMetrics.find((r) => r.metric === metric);
  if (!reported) throw new Error(`the demo report does not carry ${metric}`);
  return reported;
}

/** A smooth value in [0, 1) that moves to a new random point every `knotHours` simulated hours. */
function wander(seed: string, stream: readonly string[], simulatedMs: number): number {
  const position = simulatedMs / (drift.knotHours * HOUR);
  const knot = Math.floor(position);
  const at = (k: number) => randomFor(seed, 'drift', ...stream, k).next();
  const f = position - knot;
  const eased = f * f * (3 - 2 * f);
  return at(knot) + (at(knot + 1) - at(knot)) * eased;
}

function bandValue(
  unit: 'rate' | 'score',
  target: Target,
  offTarget: boolean,
  u: number,
  depth: readonly [number, number],
): number {
  const lerp = ([min, max]: readonly [number, number]) => min + (max - min) * u;
  switch (target.condition) {
    case 'LESS_THAN':
      return target.value * (offTarget ? lerp(drift.missFactor) : 1 - lerp(depth));
    case 'GREATER_THAN':
      return offTarget
        ? target.value * (1 - lerp(drift.shortfall[unit]))
        : target.value + (drift.ceiling[unit] - target.value) * lerp(depth);
    case 'EQUALS':
      throw new Error('a rate or score with an exact target has no band to wander in');
  }
}

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
