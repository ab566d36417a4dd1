// `flagwatch check --report-file FILE`: reads a downloaded seller performance report (gzipped or
// plain JSON) without calling Amazon, and prints what Flagwatch makes of it: every metric against
// its target, per marketplace, then the notifications it implies by metric group. People read it
// in the command line's language; JSON keeps its keys and enum values, only its labels and texts follow.
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { badgeModel } from '../core/badge';
import { marketplaceById } from '../core/catalog/marketplaces';
import { notificationId } from '../core/notification-id';
import type { Account, PerformanceNotification, Target } from '../core/schema';
import { describeTarget, formatValue, metricName } from '../core/catalog/metric-text';
import type { Translator } from '../core/i18n/translator';
import { metricVerdicts, parseReport, ReportFormatError, reportToSnapshot, type ParsedReport } from '../sources/spapi';
import { checkReport, formatCheckReport, type CheckReport } from './check-report';
import { displayWidth, padEndToWidth, padStartToWidth } from './display-width';
import type { CliHost } from './cli-host';

const reportAccount = (t: Translator): Account => ({
  id: 'report-file',
  name: t.t('cli.report.account'),
  source: 'report-file',
  marketplaceIds: [],
});
const GZIP_MAGIC = [0x1f, 0x8b];

export class ReportFileError extends Error {
  override name = 'ReportFileError';
}

export type Verdict = 'meets' | 'misses' | 'no data';

export interface MetricLine {
  metric: string;
  label: string;
  value: number | null;
  target: Target;
  verdict: Verdict;
  windowDays: number | null;
  /** The value and target as a seller reads them: "6.2%", "under 4%". */
  valueText: string;
  targetText: string;
}

export interface MarketplaceLines {
  marketplaceId: string;
  code: string;
  name: string;
  accountStatus: string | null;
  healthRating: { score: number | null; status: string | null } | null;
  metrics: MetricLine[];
}

export interface ReportFileView {
  marketplaces: MarketplaceLines[];
  notifications: CheckReport;
  /** Parts of the report Flagwatch could not use. */
  problems: string[];
}

export async function runReportFileCheck(file: string, json: boolean, host: CliHost, t: Translator): Promise<number> {
  try {
    const now = host.clock.now();
    const view = reportFileView(await readReportFile(file, t), now, t);
    host.out(json ? JSON.stringify(view, null, 2) : formatReportFile(view, now, t));
    return 0;
  } catch (error) {
    if (!(error instanceof ReportFileError)) throw error;
    host.err(`flagwatch check: ${error.message}`);
    return 1;
  }
}

/** The report in the file; every way it can fail is a ReportFileError of one line. */
export async function readReportFile(file: string, t: Translator): Promise<ParsedReport> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw new ReportFileError(t.t('cli.report.cannotRead', { file, problem: readProblem(error, t) }));
  }
  const text = isGzip(bytes) ? gunzipped(bytes, file, t) : bytes.toString('utf8');
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new ReportFileError(t.t('cli.report.notJson', { file, problem: oneLine(error) }));
  }
  try {
    return parseReport(document);
  } catch (error) {
    if (error instanceof ReportFormatError) throw new ReportFileError(`${file}: ${error.message}`);
    throw error;
  }
}

export function reportFileView(report: ParsedReport, now: Date, t: Translator): ReportFileView {
  const at = now.toISOString();
  const account = reportAccount(t);
  const { notifications } = reportToSnapshot(report, { accountId: account.id, at, translator: t });
  const inbox: PerformanceNotification[] = notifications.map((n) => ({
    ...n,
    id: notificationId(n),
    source: account.source,
    receivedAt: at,
    status: 'open',
    resolvedAt: null,
    read: false,
    snoozedUntil: null,
  }));
  const accounts = [{ ...account, marketplaceIds: report.marketplaces.map((m) => m.marketplaceId) }];
  return {
    marketplaces: report.marketplaces.map((m) => {
      const place = marketplaceById(m.marketplaceId);
      const placeName = `marketplace.${place.code}`;
      return {
        marketplaceId: m.marketplaceId,
        code: place.code,
        name: t.has(placeName) ? t.t(placeName) : place.name,
        accountStatus: m.accountStatus ?? null,
        healthRating: m.accountHealthRating
          ? { score: m.accountHealthRating.score ?? null, status: m.accountHealthRating.status ?? null }
          : null,
        metrics: metricVerdicts(m).map(({ reading, definition, target, meets, windowDays }) => ({
          metric: reading.metric,
          label: metricName(definition.key, t),
          value: reading.value,
          target,
          verdict: meets === null ? 'no data' : meets ? 'meets' : 'misses',
          windowDays,
          valueText: reading.value === null ? '—' : formatValue(definition.unit, reading.value, t),
          targetText: describeTarget(definition.unit, target, t),
        })),
      };
    }),
    notifications: checkReport(
      { notifications: inbox, accounts, badge: badgeModel({ notifications: inbox, connectivity: 'ok', now, t }) },
      now,
      t,
    ),
    problems: report.problems,
  };
}

const verdictKeys = {
  meets: 'cli.report.verdict.meets',
  misses: 'cli.report.verdict.misses',
  'no data': 'cli.report.verdict.noData',
} as const satisfies Record<Verdict, string>;

/** Per marketplace a heading and one line per metric, then the notifications as `flagwatch check` prints them. */
export function formatReportFile(view: ReportFileView, now: Date, t: Translator): string {
  const lines: string[] = [];
  for (const m of view.marketplaces) {
    const heading = { name: m.name, code: m.code, status: m.accountStatus ?? t.t('cli.report.statusMissing') };
    const rating = m.healthRating && [m.healthRating.score, m.healthRating.status].filter((x) => x !== null).join(' ');
    lines.push(
      rating ? t.t('cli.report.marketplaceRated', { ...heading, rating }) : t.t('cli.report.marketplace', heading),
    );
    if (m.metrics.length === 0) lines.push(t.t('cli.report.noMetrics'));
    // Columns line up by what a terminal shows: a Chinese character takes two.
    const width = Math.max(0, ...m.metrics.map((x) => displayWidth(x.label)));
    for (const x of m.metrics) {
      const window = x.windowDays === null ? '' : `  ${t.t('cli.report.window', { days: x.windowDays })}`;
      const target = t.t('cli.report.target', { target: x.targetText });
      const verdict = t.t(verdictKeys[x.verdict]);
      lines.push(
        `  ${padEndToWidth(x.label, width)}  ${padStartToWidth(x.valueText, 8)}  ${padEndToWidth(target, 19)}  ${padEndToWidth(verdict, 7)}${window}`,
      );
    }
    lines.push('');
  }
  lines.push(formatCheckReport(view.notifications, [reportAccount(t)], now, t));
  if (view.problems.length > 0) lines.push('', t.t('cli.report.problems'), ...view.problems.map((p) => `  - ${p}`));
  return lines.join('\n');
}

function isGzip(bytes: Buffer): boolean {
  return bytes.length >= 2 && bytes[0] === GZIP_MAGIC[0] && bytes[1] === GZIP_MAGIC[1];
}

function gunzipped(bytes: Buffer, file: string, t: Translator): string {
  try {
    return gunzipSync(bytes).toString('utf8');
  } catch (error) {
    throw new ReportFileError(t.t('cli.report.notGzip', { file, problem: oneLine(error) }));
  }
}

function readProblem(error: unknown, t: Translator): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return t.t('cli.report.noSuchFile');
  if (code === 'EISDIR') return t.t('cli.report.isFolder');
  if (code === 'EACCES') return t.t('cli.report.permissionDenied');
  return oneLine(error);
}

function oneLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').trim();
}
