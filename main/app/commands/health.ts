// The contract's history command: an account × marketplace's metric history for the Account
// health chart, read from the history store as it is.
import type { CommandHandlers } from '../../../preload/contract';
import { metricHistory } from '../../core/health/history-view';
import type { MetricSeries } from '../../core/health/metric-series';

export type HealthHandlers = Pick<CommandHandlers, 'metrics.history'>;

export function createHealthHandlers(deps: { series: () => readonly MetricSeries[] }): HealthHandlers {
  return {
    'metrics.history': (request) => metricHistory(deps.series(), request),
  };
}
