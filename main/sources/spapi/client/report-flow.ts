// The Seller Performance report, end to end: reuse a recent finished report for the same
// marketplaces, or request one; wait for Amazon to produce it (backing off, within a deadline);
// then download it. CANCELLED means Amazon had no data to return — an answer, not an error.
import type { Clock } from '../../../app/ports';
import { sleepOn } from './clock-sleep';
import { spApiError } from './errors';
import type { Report } from './models';
import { createReport, getReport, getReports, sellerPerformanceReportType } from './operations';
import { downloadReportDocument } from './report-download';
import type { SpApiClient } from './spapi-client';

export interface ReportFlowOptions {
  marketplaceIds: readonly string[];
  /** A finished report created at most this long ago is reused instead of requesting a new one. */
  maxAgeMs: number;
  /** Defaults to the client's clock. */
  clock?: Clock;
  signal?: AbortSignal;
  /** Waits between status checks: first, doubling up to max; and the overall deadline. */
  firstPollDelayMs?: number;
  maxPollDelayMs?: number;
  deadlineMs?: number;
}

export type ReportFlowResult =
  | { status: 'done'; reportId: string; createdTime: string; reused: boolean; document: unknown; rawText: string }
  | { status: 'cancelled'; reportId: string };

export async function fetchSellerPerformanceReport(
  client: SpApiClient,
  options: ReportFlowOptions,
): Promise<ReportFlowResult> {
  const clock = options.clock ?? client.clock;
  const { signal } = options;
  const recent = await recentDoneReport(client, options, clock);
  const report = recent ?? (await finishedReport(client, await requestReport(client, options), options, clock));
  if (report.processingStatus === 'CANCELLED') return { status: 'cancelled', reportId: report.reportId };
  if (!report.reportDocumentId) throw spApiError('bad-response', 'a finished report came without its document id');
  const { document, rawText } = await downloadReportDocument(client, report.reportDocumentId, signal);
  return {
    status: 'done',
    reportId: report.reportId,
    createdTime: report.createdTime,
    reused: recent !== null,
    document,
    rawText,
  };
}

async function recentDoneReport(client: SpApiClient, options: ReportFlowOptions, clock: Clock): Promise<Report | null> {
  const createdSince = new Date(clock.now().getTime() - options.maxAgeMs).toISOString();
  const { reports } = await getReports(
    client,
    {
      reportTypes: [sellerPerformanceReportType],
      processingStatuses: ['DONE'],
      marketplaceIds: options.marketplaceIds,
      createdSince,
      pageSize: 10,
    },
    options.signal,
  );
  // Amazon's marketplace filter matches reports covering *any* of them: keep exact matches only.
  const wanted = new Set(options.marketplaceIds);
  const covering = reports.filter(
    (r) =>
      r.processingStatus === 'DONE' &&
      r.reportDocumentId &&
      r.marketplaceIds?.length === wanted.size &&
      r.marketplaceIds.every((id) => wanted.has(id)),
  );
  return covering.sort((a, b) => Date.parse(b.createdTime) - Date.parse(a.createdTime))[0] ?? null;
}

async function requestReport(client: SpApiClient, options: ReportFlowOptions): Promise<string> {
  const spec = { reportType: sellerPerformanceReportType, marketplaceIds: [...options.marketplaceIds] };
  const { reportId } = await createReport(client, spec, options.signal);
  client.logger.info('requested a seller performance report', {
    reportId,
    marketplaces: options.marketplaceIds.length,
  });
  return reportId;
}

async function finishedReport(
  client: SpApiClient,
  reportId: string,
  options: ReportFlowOptions,
  clock: Clock,
): Promise<Report> {
  const deadlineMs = options.deadlineMs ?? 10 * 60_000;
  const deadline = clock.now().getTime() + deadlineMs;
  let delayMs = options.firstPollDelayMs ?? 15_000;
  for (;;) {
    if (clock.now().getTime() + delayMs > deadline) {
      throw spApiError(
        'timeout',
        `Amazon had not finished the account health report after ${Math.round(deadlineMs / 60_000)} minutes`,
      );
    }
    await sleepOn(clock, delayMs, options.signal);
    const report = await getReport(client, reportId, options.signal);
    if (report.processingStatus === 'DONE' || report.processingStatus === 'CANCELLED') return report;
    if (report.processingStatus === 'FATAL') {
      throw spApiError(
        'server',
        'Amazon failed to produce the account health report (status FATAL); the next check requests a new one',
      );
    }
    delayMs = Math.min(delayMs * 2, options.maxPollDelayMs ?? 120_000);
  }
}
