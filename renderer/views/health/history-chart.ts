// The chart itself: uPlot drawing one metric's daily values and its target line on a canvas.
// Loaded on demand (the view imports it dynamically), so uPlot never weighs on the first load.
// Everything a reader needs is also in the view's words and table; the canvas is for the eye.
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export interface ChartColours {
  value: string;
  target: string;
  text: string;
  grid: string;
  /** The shading of a band of critical or warning values. */
  critical: string;
  warning: string;
}

/** A range of values shaded behind the line, [from, to): Amazon's bands for a rating. */
export interface ChartBand {
  from: number;
  to: number;
  tone: 'critical' | 'warning';
}

export interface ChartInput {
  /** 'YYYY-MM-DD' (UTC), oldest first, one a day. */
  days: readonly string[];
  values: readonly number[];
  /** The target line's value; null draws none. */
  target: number | null;
  /** Shaded behind everything else; none when absent. */
  bands?: readonly ChartBand[];
  valueLabel: string;
  targetLabel: string;
  colours: ChartColours;
  width: number;
  height: number;
  formatValue(value: number): string;
  /** A day's short name on the axis, from its 'YYYY-MM-DD'. */
  formatDay(day: string): string;
}

export interface DrawnChart {
  /** How many days the chart holds. */
  readonly points: number;
  resize(width: number): void;
  destroy(): void;
}

const daySeconds = 86_400;
/** Light enough that the grid and the line stay the things read. */
const bandOpacity = 0.14;
/** Ticks on whole days only: a history holds one value a day. */
const dayIncrements = [1, 2, 7, 14, 28, 56, 91, 182, 364].map((days) => days * daySeconds);

export function drawHistoryChart(host: HTMLElement, input: ChartInput): DrawnChart {
  const xs = input.days.map((day) => Date.parse(`${day}T00:00:00Z`) / 1000);
  const data: uPlot.AlignedData = [xs, [...input.values]];
  const series: uPlot.Series[] = [
    {},
    {
      label: input.valueLabel,
      stroke: input.colours.value,
      width: 2,
      points: { show: true, size: 6, fill: input.colours.value, stroke: input.colours.value },
    },
  ];
  if (input.target !== null) {
    data.push(xs.map(() => input.target));
    series.push({
      label: input.targetLabel,
      stroke: input.colours.target,
      width: 1.5,
      dash: [6, 4],
      points: { show: false },
    });
  }
  const axis = { stroke: input.colours.text, grid: { stroke: input.colours.grid, width: 1 }, ticks: { show: false } };
  const chart = new uPlot(
    {
      width: input.width,
      height: input.height,
      // The story's days are UTC days: the axis must not move them into the reader's time zone.
      tzDate: (seconds) => uPlot.tzDate(new Date(seconds * 1000), 'Etc/UTC'),
      legend: { show: false },
      cursor: { show: false },
      hooks: { drawClear: [(u) => shadeBands(u, input.bands ?? [], input.colours)] },
      scales: {
        x: { time: true, range: (_u, min, max) => (min === max ? [min - daySeconds, max + daySeconds] : [min, max]) },
      },
      axes: [
        {
          ...axis,
          incrs: dayIncrements,
          values: (_u, splits) => splits.map((s) => input.formatDay(new Date(s * 1000).toISOString().slice(0, 10))),
        },
        { ...axis, size: 64, values: (_u, splits) => splits.map((s) => input.formatValue(s)) },
      ],
      series,
    },
    data,
    host,
  );
  return {
    points: chart.data[0].length,
    resize: (width) => chart.setSize({ width, height: input.height }),
    destroy: () => chart.destroy(),
  };
}

/** Fills each band's part of the plot that is in view, under the grid and the series. */
function shadeBands(u: uPlot, bands: readonly ChartBand[], colours: ChartColours): void {
  const { ctx, bbox } = u;
  for (const band of bands) {
    const top = Math.max(bbox.top, u.valToPos(band.to, 'y', true));
    const bottom = Math.min(bbox.top + bbox.height, u.valToPos(band.from, 'y', true));
    if (bottom <= top) continue;
    ctx.save();
    ctx.globalAlpha = bandOpacity;
    ctx.fillStyle = colours[band.tone];
    ctx.fillRect(bbox.left, top, bbox.width, bottom - top);
    ctx.restore();
  }
}
