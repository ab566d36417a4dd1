// Account health over time, for one account × marketplace: a metric's daily values against its
// target line. The chart (uPlot, loaded on demand) is for the eye; the same facts are in words
// (latest, lowest, highest, days off target) and in a table of every day, for every reader.
import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import { meetsTarget } from '../../../main/core/catalog/metrics';
import { ahrBandsBelowHealthy } from '../../../main/core/health/ahr-bands';
import { messageOf } from '../../../main/core/error-message';
import type { LatestMetric, MetricHistory } from '../../../preload/contract';
import { useApi } from '../../app/api-context';
import { sentences } from '../../app/sentences';
import { useFlagwatch } from '../../app/store-context';
import { metricLabel } from '../../format/labels';
import { useTranslator } from '../../i18n/i18n-context';
import { failureOf, failureText, type Failure } from '../../state/failure';
import { chartColours } from './chart-colours';
import { formatDay } from './format-day';
import { formatMetricValue, formatTarget, formatVerdict } from './format-metric';
import type { ChartBand, DrawnChart } from './history-chart';
import { historySummary } from './history-summary';
import { useColourScheme } from './use-colour-scheme';
import './health-history.css';

/** The periods offered, in days; the history keeps 750. */
const periods = [30, 90, 365, 750] as const;
const chartHeight = 220;
/** The Account Health Rating's At risk and Unhealthy bands, shaded as Seller Central colours them. */
const ratingBands: ChartBand[] = ahrBandsBelowHealthy.map(({ band, from, to }) => ({
  from,
  to,
  tone: band === 'unhealthy' ? 'critical' : 'warning',
}));

interface Props {
  accountId: string;
  marketplaceId: string;
  /** The block's latest readings: which metrics have a history worth a chart. */
  metrics: readonly LatestMetric[];
}

export function HealthHistory({ accountId, marketplaceId, metrics }: Props) {
  const api = useApi();
  const i18n = useTranslator();
  const headingId = useId();
  // A finished check may have brought a new day.
  const lastSuccessAt = useFlagwatch((s) => s.status?.lastSuccessAt);
  const chartable = metrics.filter((m) => m.unit !== 'status');
  const [chosen, setChosen] = useState<string | null>(null);
  const [days, setDays] = useState<number>(90);
  // Until the seller picks one: the first metric off target, else the first.
  const metric = chartable.some((m) => m.metric === chosen)
    ? chosen
    : (chartable.find((m) => m.meetsTarget === false) ?? chartable[0])?.metric;
  const [history, setHistory] = useState<{ for: string; history: MetricHistory | null } | null>(null);
  const [problem, setProblem] = useState<Failure | null>(null);

  useEffect(() => {
    if (metric === undefined || metric === null) return;
    let current = true;
    const request = { accountId, marketplaceId, metric, days };
    api.invoke('metrics.history', request).then(
      (list) => {
        if (!current) return;
        setHistory({ for: `${metric} ${days}`, history: list[0] ?? null });
        setProblem(null);
      },
      (error: unknown) => current && setProblem(failureOf('healthHistory.action.load', error)),
    );
    return () => {
      current = false;
    };
  }, [api, accountId, marketplaceId, metric, days, lastSuccessAt]);

  if (metric === undefined || metric === null) return null;
  const shown = history?.for === `${metric} ${days}` ? history.history : undefined;
  return (
    <section aria-labelledby={headingId} className="health-history">
      <h4 id={headingId}>{i18n.t('healthHistory.heading')}</h4>
      <div className="health-history-controls">
        <label>
          {i18n.t('healthHistory.metric')}
          <select value={metric} onChange={(e) => setChosen(e.target.value)}>
            {chartable.map((m) => (
              <option key={m.metric} value={m.metric}>
                {metricLabel(i18n, m.metric)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {i18n.t('healthHistory.period')}
          <select value={days} onChange={(e) => setDays(Number(e.target.value))}>
            {periods.map((d) => (
              <option key={d} value={d}>
                {i18n.t('healthHistory.lastDays', { count: d })}
              </option>
            ))}
          </select>
        </label>
      </div>
      {problem && <p role="alert">{failureText(i18n, problem)}</p>}
      {shown === undefined ? (
        !problem && <p className="loading">{i18n.t('healthHistory.loading')}</p>
      ) : shown === null || shown.points.length === 0 ? (
        <p className="empty">{i18n.t('healthHistory.empty')}</p>
      ) : (
        <HistoryFigure history={shown} />
      )}
    </section>
  );
}

function HistoryFigure({ history }: { history: MetricHistory }) {
  const i18n = useTranslator();
  const scheme = useColourScheme();
  const chartRef = useRef<HTMLDivElement>(null);
  const [drawnPoints, setDrawnPoints] = useState<number | null>(null);
  const [chartProblem, setChartProblem] = useState<string | null>(null);
  const summary = historySummary(history)!;
  const name = metricLabel(i18n, history.metric);
  const value = (v: number) => formatMetricValue(i18n, history.unit, v);
  const day = (d: string) => formatDay(i18n, d);
  const seen = useSeen(chartRef);

  useEffect(() => {
    if (!seen) return;
    const host = chartRef.current!;
    let cancelled = false;
    let chart: DrawnChart | undefined;
    let resizing: ResizeObserver | undefined;
    setDrawnPoints(null);
    import('./history-chart')
      .then(({ drawHistoryChart }) => {
        if (cancelled) return;
        host.replaceChildren();
        chart = drawHistoryChart(host, {
          days: history.points.map((p) => p.day),
          values: history.points.map((p) => p.value),
          target: history.target?.value ?? null,
          ...(history.metric === 'accountHealthRating' ? { bands: ratingBands } : {}),
          valueLabel: metricLabel(i18n, history.metric),
          targetLabel: i18n.t('healthHistory.targetSeries'),
          colours: chartColours(host),
          width: widthOf(host),
          height: chartHeight,
          formatValue: (v) => formatMetricValue(i18n, history.unit, v),
          // Beyond a year, the axis needs the year too.
          formatDay: (d) => formatDay(i18n, d, spansYears(history) ? 'date' : 'short'),
        });
        setDrawnPoints(chart.points);
        setChartProblem(null);
        if (typeof ResizeObserver === 'undefined') return;
        let width = widthOf(host);
        resizing = new ResizeObserver(() => {
          if (widthOf(host) === width) return;
          width = widthOf(host);
          chart?.resize(width);
        });
        resizing.observe(host);
      })
      .catch((error: unknown) => !cancelled && setChartProblem(messageOf(error)));
    return () => {
      cancelled = true;
      resizing?.disconnect();
      chart?.destroy();
    };
  }, [history, scheme, i18n, seen]);

  return (
    <figure className="health-history-figure">
      <figcaption>
        {history.target
          ? i18n.t('healthHistory.caption', { metric: name, target: formatTarget(i18n, history.unit, history.target) })
          : i18n.t('healthHistory.captionNoTarget', { metric: name })}
      </figcaption>
      {/* The canvas repeats what the words and the table below say. */}
      <div ref={chartRef} className="health-chart" aria-hidden="true" data-points={drawnPoints ?? undefined} />
      {chartProblem && <p role="alert">{i18n.t('healthHistory.chartFailed', { reason: chartProblem })}</p>}
      <p className="health-history-summary">
        {sentences(i18n, [
          i18n.t('healthHistory.summary', {
            value: value(summary.latest.value),
            day: day(summary.latest.day),
            min: value(summary.lowest.value),
            minDay: day(summary.lowest.day),
            max: value(summary.highest.value),
            maxDay: day(summary.highest.day),
            count: summary.days,
          }),
          summary.missedDays === null ? '' : i18n.t('healthHistory.missedDays', { missed: summary.missedDays }),
        ])}
      </p>
      <details className="health-history-values">
        <summary>{i18n.t('healthHistory.table')}</summary>
        <table className="health-table">
          <caption>{i18n.t('healthHistory.tableCaption', { metric: name })}</caption>
          <thead>
            <tr>
              <th scope="col">{i18n.t('healthHistory.column.day')}</th>
              <th scope="col">{i18n.t('health.column.value')}</th>
              <th scope="col">{i18n.t('health.column.result')}</th>
            </tr>
          </thead>
          <tbody>
            {history.points.toReversed().map((p) => (
              <tr key={p.day}>
                <th scope="row">{day(p.day)}</th>
                <td>{value(p.value)}</td>
                <td>{formatVerdict(i18n, history.target ? meetsTarget(p.value, history.target) : null)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

/**
 * Whether the element has come into view once: an agency's dozens of account × marketplace
 * blocks draw their charts as they are scrolled to, not all at once. Without an
 * IntersectionObserver (jsdom), everything counts as seen.
 */
function useSeen(ref: RefObject<HTMLElement | null>): boolean {
  const [seen, setSeen] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    if (seen) return;
    const watching = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) setSeen(true);
    });
    watching.observe(ref.current!);
    return () => watching.disconnect();
  }, [ref, seen]);
  return seen;
}

/** jsdom and a hidden element measure 0: the chart still needs a width to draw at. */
function widthOf(host: HTMLElement): number {
  return host.clientWidth || 600;
}

function spansYears({ points }: MetricHistory): boolean {
  return points[0]?.day.slice(0, 4) !== points.at(-1)?.day.slice(0, 4);
}
