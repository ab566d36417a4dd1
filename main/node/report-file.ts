// `flagwatch check --report-file FILE`: reads a downloaded seller performance report (gzipped or
// plain JSON) without calling Amazon, and prints what Flagwatch makes of it: every metric against
// its target, per marketplace, then the notifications it implies by metric group.
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { badgeModel } from '../core/badge';
import { marketplaceById } from '../core/catalog/marketplaces';
import { notificationId } from '../core/notification-id';
import type { Account, PerformanceNotification, Target } from '../core/schema';
import { describeTarget, formatValue } from '../core/catalog/metric-text';
import { metricVerdicts, parseReport, ReportFormatError, reportToSnapshot, type ParsedReport } from '../sources/spapi';
import { checkReport, formatCheckReport, type CheckReport } from './check-report';
import type { CliHost } from './cli-host';

const REPORT_ACCOUNT: Account = { id: 'report-file', name: 'this report', source: 'report-file', marketplaceIds: [] };
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
  /** The value and target as a seller reads them: "6.2 %", "under 4 %". */
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

export async function runReportFileCheck(file: string, json: boolean, host: CliHost): Promise<number> {
  try {
    const now = host.clock.now();
    const view = reportFileView(await readReportFile(file), now);
    host.out(json ? JSON.stringify(view, null, 2) : formatReportFile(view, now));
    return 0;
  } catch (error) {
    if (!(error instanceof ReportFileError)) throw error;
    host.err(`flagwatch check: ${error.message}`);
    return 1;
  }
}

/** The report in the file; every way it can fail is a ReportFileError of one line. */
export async function readReportFile(file: string): Promise<ParsedReport> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw new ReportFileError(`cannot read ${file}: ${readProblem(error)}`);
  }
  const text = isGzip(bytes) ? gunzipped(bytes, file) : bytes.toString('utf8');
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new ReportFileError(`${file} is not a JSON document (${oneLine(error)})`);
  }
  try {
    return parseReport(document);
  } catch (error) {
    if (error instanceof ReportFormatError) throw new ReportFileError(`${file}: ${error.message}`);
    throw error;
  }
}

export function reportFileView(report: ParsedReport, now: Date): ReportFileView {
  const at = now.toISOString();
  const { notifications } = reportToSnapshot(report, { accountId: REPORT_ACCOUNT.id, at });
  const inbox: PerformanceNotification[] = notifications.map((n) => ({
    ...n,
    id: notificationId(n),
    source: REPORT_ACCOUNT.source,
    receivedAt: at,
    status: 'open',
    resolvedAt: null,
    read: false,
    snoozedUntil: null,
  }));
  const accounts = [{ ...REPORT_ACCOUNT, marketplaceIds: report.marketplaces.map((m) => m.marketplaceId) }];
  return {
    marketplaces: report.marketplaces.map((m) => {
      const place = marketplaceById(m.marketplaceId);
      return {
        marketplaceId: m.marketplaceId,
        code: place.code,
        name: place.name,
        accountStatus: m.accountStatus ?? null,
        healthRating: m.accountHealthRating
          ? { score: m.accountHealthRating.score ?? null, status: m.accountHealthRating.status ?? null }
          : null,
        metrics: metricVerdicts(m).map(({ reading, definition, target, meets, windowDays }) => ({
          metric: reading.metric,
          label: definition.label,
          value: reading.value,
          target,
          verdict: meets === null ? 'no data' : meets ? 'meets' : 'misses',
          windowDays,
          valueText: reading.value === null ? '—' : formatValue(definition.unit, reading.value),
          targetText: describeTarget(definition.unit, target),
        })),
      };
    }),
    notifications: checkReport(
      { notifications: inbox, accounts, badge: badgeModel({ notifications: inbox, connectivity: 'ok', now }) },
      now,
    ),
    problems: report.problems,
  };
}

/** Per marketplace a heading and one line per metric, then the notifications as `flagwatch check` prints them. */
export function formatReportFile(view: ReportFileView, now: Date): string {
  const lines: string[] = [];
  for (const m of view.marketplaces) {
    const rating = m.healthRating
      ? `, Account Health Rating ${[m.healthRating.score, m.healthRating.status].filter((x) => x !== null).join(' ')}`
      : '';
    lines.push(`${m.name} (${m.code}): account status ${m.accountStatus ?? 'not in the report'}${rating}`);
    if (m.metrics.length === 0) lines.push('  no metrics in the report');
    const width = Math.max(0, ...m.metrics.map((x) => x.label.length));
    for (const x of m.metrics) {
      const window = x.windowDays === null ? '' : `  (${x.windowDays} days)`;
      lines.push(
        `  ${x.label.padEnd(width)}  ${x.valueText.padStart(8)}  target ${x.targetText.padEnd(12)}  ${(x.verdict === 'misses' ? 'MISSES' : x.verdict).padEnd(7)}${window}`,
      );
    }
    lines.push('');
  }
  lines.push(formatCheckReport(view.notifications, [REPORT_ACCOUNT], now));
  if (view.problems.length > 0)
    lines.push('', 'Parts of the report Flagwatch could not use:', ...view.problems.map((p) => `  - ${p}`));
  return lines.join('\n');
}

function isGzip(bytes: Buffer): boolean {
  return bytes.length >= 2 && bytes[0] === GZIP_MAGIC[0] && bytes[1] === GZIP_MAGIC[1];
}

function gunzipped(bytes: Buffer, file: string): string {
  try {
    return gunzipSync(bytes).toString('utf8');
  } catch (error) {
    throw new ReportFileError(`${file} looks gzipped but does not decompress (${oneLine(error)})`);
  }
}

function readProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a folder, not a file';
  if (code === 'EACCES') return 'permission denied';
  return oneLine(error);
}

function oneLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').trim();
}
