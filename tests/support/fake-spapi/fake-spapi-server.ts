// A loopback stand-in for Amazon's SP-API and LWA token service, for tests and benchmarks:
// it checks request shapes against the official models, enforces Amazon's usage plans (from the
// models, with its own bookkeeping: usage-plans.ts) on its own (injectable) clock, produces reports over simulated time,
// serves their documents behind five-minute presigned URLs, and lets a test queue faults.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import type { Clock } from '../../../main/app/ports';
import { marketplaceById } from '../../../main/core/catalog/marketplaces';
import { createFaultQueues, type FakeOperation, type Fault } from './faults';
import { amazonUsagePlans, createAdmission, type UsagePlan } from './usage-plans';
import { checkCreateReport, checkGetReports, checkNoParameters, checkSearchListings } from './request-checks';

/** The SP-API operations the fake serves (every fault target but sign-in and the download). */
export type OperationName = Exclude<FakeOperation, 'lwa' | 'downloadDocument'>;

export interface FakeDocument {
  /** A JSON value, or raw text served as is. */
  content: unknown;
  compression: 'GZIP' | 'none';
}

export interface FakeSeller {
  sellerId: string;
  clientId: string;
  clientSecret: string;
  refreshToken: string;
  marketplaceIds: string[];
  /** Listings items as searchListingsItems returns them (summaries name their marketplace). */
  listings?: FakeListing[];
  document?: FakeDocument;
}

export interface FakeListing {
  sku: string;
  summaries: { marketplaceId: string; asin: string; [key: string]: unknown }[];
  issues: { code: string; message: string; severity: string; categories: string[]; [key: string]: unknown }[];
}

export interface FakeSpApiOptions {
  sellers: FakeSeller[];
  /** Only `now()` is read: limits, token expiry and report processing follow it. */
  clock?: Pick<Clock, 'now'>;
  /** Simulated time from createReport to the final status. */
  reportProcessingMs?: number;
  tokenLifetimeS?: number;
  /** Send x-amzn-RateLimit-Limit on answers (Amazon does "when available"). */
  rateHeader?: boolean;
  /** Other usage plans than Amazon's, by operation. */
  rateLimits?: Partial<Record<OperationName, UsagePlan>>;
}

export interface OperationStats {
  calls: number;
  throttled: number;
}

export interface FakeSpApi {
  baseUrl: string;
  lwaUrl: string;
  stats(): Record<FakeOperation, OperationStats>;
  /** Queues faults: the next requests of `operation` meet them in order. */
  inject(operation: FakeOperation, ...faults: Fault[]): void;
  /** A report that already exists, e.g. a recent DONE one for the client to reuse. */
  seedReport(
    sellerId: string,
    report: { marketplaceIds: string[]; createdAt: Date; status?: 'DONE' | 'CANCELLED' | 'FATAL' },
  ): string;
  setDocument(sellerId: string, document: FakeDocument): void;
  /** Every request's user-agent and access token, oldest first (tokens are test values). */
  requests(): { operation: FakeOperation; userAgent: string | undefined; accessToken: string | undefined }[];
  close(): Promise<void>;
}

interface StoredReport {
  reportId: string;
  sellerId: string;
  marketplaceIds: string[];
  createdAt: number;
  readyAt: number;
  outcome: 'DONE' | 'CANCELLED' | 'FATAL';
  documentId: string;
}

const systemNow = { now: () => new Date() };
const urlLifetimeMs = 5 * 60_000;
const operations: FakeOperation[] = [
  'lwa',
  'createReport',
  'getReport',
  'getReports',
  'getReportDocument',
  'downloadDocument',
  'searchListingsItems',
  'getMarketplaceParticipations',
];

class HttpAnswer {
  constructor(
    readonly status: number,
    readonly body: string | Buffer,
    readonly headers: Record<string, string> = { 'content-type': 'application/json' },
  ) {}
}

const amazonError = (status: number, code: string, message: string) =>
  new HttpAnswer(status, JSON.stringify({ errors: [{ code, message, details: '' }] }));

export async function startFakeSpApi(options: FakeSpApiOptions): Promise<FakeSpApi> {
  const clock = options.clock ?? systemNow;
  const now = () => clock.now().getTime();
  const limits: Record<string, UsagePlan> = { ...amazonUsagePlans };
  for (const [operation, plan] of Object.entries(options.rateLimits ?? {})) if (plan) limits[operation] = plan;
  const admission = createAdmission(limits);
  const processingMs = options.reportProcessingMs ?? 60_000;
  const sellers = new Map(options.sellers.map((s) => [s.sellerId, { ...s }]));
  const tokens = new Map<string, { sellerId: string; expiresAt: number }>();
  const reports = new Map<string, StoredReport>();
  const documents = new Map<string, FakeDocument>();
  const faults = createFaultQueues();
  const stats = Object.fromEntries(operations.map((op) => [op, { calls: 0, throttled: 0 }])) as Record<
    FakeOperation,
    OperationStats
  >;
  const log: ReturnType<FakeSpApi['requests']> = [];
  let counter = 0;
  const nextId = (prefix: string) => `${prefix}${++counter}`;

  const server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  function statusAt(report: StoredReport): string {
    const t = now();
    if (t >= report.readyAt) return report.outcome;
    return t < report.createdAt + (report.readyAt - report.createdAt) / 3 ? 'IN_QUEUE' : 'IN_PROGRESS';
  }

  function reportJson(report: StoredReport) {
    const processingStatus = statusAt(report);
    return {
      reportId: report.reportId,
      reportType: 'GET_V2_SELLER_PERFORMANCE_REPORT',
      marketplaceIds: report.marketplaceIds,
      createdTime: new Date(report.createdAt).toISOString(),
      processingStatus,
      ...(processingStatus === 'DONE'
        ? { reportDocumentId: report.documentId, processingEndTime: new Date(report.readyAt).toISOString() }
        : {}),
    };
  }

  function storeReport(
    sellerId: string,
    marketplaceIds: string[],
    createdAt: number,
    readyAt: number,
    outcome: StoredReport['outcome'],
  ): StoredReport {
    const seller = sellers.get(sellerId)!;
    const report = {
      reportId: nextId('RPT-'),
      sellerId,
      marketplaceIds,
      createdAt,
      readyAt,
      outcome,
      documentId: nextId('DOC-'),
    };
    documents.set(
      report.documentId,
      seller.document ?? { content: { accountStatuses: [], performanceMetrics: [] }, compression: 'GZIP' },
    );
    reports.set(report.reportId, report);
    return report;
  }

  function rateHeaders(operation: OperationName): Record<string, string> {
    return options.rateHeader === false ? {} : { 'x-amzn-RateLimit-Limit': String(limits[operation]?.rate) };
  }

  function lwa(body: string): HttpAnswer {
    const form = new URLSearchParams(body);
    const fault = faults.nextOf('lwa', ['invalid-grant', 'invalid-client', 'status']);
    if (fault?.kind === 'status') return new HttpAnswer(fault.status, JSON.stringify({ error: 'server_error' }));
    const seller = [...sellers.values()].find((s) => s.clientId === form.get('client_id'));
    if (fault?.kind === 'invalid-client' || !seller || seller.clientSecret !== form.get('client_secret')) {
      return new HttpAnswer(
        401,
        JSON.stringify({ error: 'invalid_client', error_description: 'Client authentication failed' }),
      );
    }
    if (form.get('grant_type') !== 'refresh_token')
      return new HttpAnswer(400, JSON.stringify({ error: 'unsupported_grant_type' }));
    if (fault?.kind === 'invalid-grant' || seller.refreshToken !== form.get('refresh_token')) {
      return new HttpAnswer(
        400,
        JSON.stringify({
          error: 'invalid_grant',
          error_description: 'The request has an invalid grant parameter : refresh_token',
        }),
      );
    }
    const accessToken = `Atza|fake-${nextId('')}-${Math.random().toString(36).slice(2)}`;
    const lifetime = options.tokenLifetimeS ?? 3600;
    tokens.set(accessToken, { sellerId: seller.sellerId, expiresAt: now() + lifetime * 1000 });
    return new HttpAnswer(
      200,
      JSON.stringify({
        access_token: accessToken,
        refresh_token: seller.refreshToken,
        token_type: 'bearer',
        expires_in: lifetime,
      }),
    );
  }

  function route(method: string, path: string): { operation: FakeOperation; id?: string } | null {
    const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
    const key = `${method} /${parts.join('/')}`;
    if (key === 'POST /auth/o2/token') return { operation: 'lwa' };
    if (key === 'POST /reports/2021-06-30/reports') return { operation: 'createReport' };
    if (key === 'GET /reports/2021-06-30/reports') return { operation: 'getReports' };
    if (method === 'GET' && parts.length === 4 && path.startsWith('/reports/2021-06-30/reports/'))
      return { operation: 'getReport', id: parts[3] };
    if (method === 'GET' && parts.length === 4 && path.startsWith('/reports/2021-06-30/documents/'))
      return { operation: 'getReportDocument', id: parts[3] };
    if (method === 'GET' && parts.length === 2 && parts[0] === 'download')
      return { operation: 'downloadDocument', id: parts[1] };
    if (method === 'GET' && parts.length === 4 && path.startsWith('/listings/2021-08-01/items/'))
      return { operation: 'searchListingsItems', id: parts[3] };
    if (key === 'GET /sellers/v1/marketplaceParticipations') return { operation: 'getMarketplaceParticipations' };
    return null;
  }

  function download(documentId: string, query: URLSearchParams): HttpAnswer {
    const fault = faults.nextOf('downloadDocument', ['expired-url', 'corrupt-gzip', 'malformed-json']);
    const expires = Number(query.get('expires'));
    const document = documents.get(documentId);
    if (fault?.kind === 'expired-url' || !(now() <= expires)) {
      const xml =
        '<?xml version="1.0" encoding="UTF-8"?><Error><Code>AccessDenied</Code><Message>Request has expired</Message></Error>';
      return new HttpAnswer(403, xml, { 'content-type': 'application/xml' });
    }
    if (!document)
      return new HttpAnswer(404, '<Error><Code>NoSuchKey</Code></Error>', { 'content-type': 'application/xml' });
    const octets = { 'content-type': 'application/octet-stream' };
    if (fault?.kind === 'corrupt-gzip') return new HttpAnswer(200, Buffer.from('this is not gzip at all'), octets);
    const text = typeof document.content === 'string' ? document.content : JSON.stringify(document.content);
    const served = fault?.kind === 'malformed-json' ? text.slice(0, Math.floor(text.length / 2)) : text;
    return new HttpAnswer(200, document.compression === 'GZIP' ? gzipSync(served) : Buffer.from(served), octets);
  }

  function operate(
    operation: Exclude<FakeOperation, 'lwa' | 'downloadDocument'>,
    sellerId: string,
    id: string | undefined,
    query: URLSearchParams,
    body: string,
  ): HttpAnswer {
    const headers = { 'content-type': 'application/json', ...rateHeaders(operation) };
    const ok = (status: number, value: unknown) => new HttpAnswer(status, JSON.stringify(value), headers);
    const invalid = (message: string) =>
      new HttpAnswer(400, JSON.stringify({ errors: [{ code: 'InvalidInput', message, details: '' }] }), headers);
    const seller = sellers.get(sellerId)!;
    switch (operation) {
      case 'createReport': {
        let spec: { marketplaceIds: string[] };
        try {
          spec = JSON.parse(body);
        } catch {
          return invalid('The request body is not valid JSON');
        }
        const problem = checkCreateReport(spec);
        if (problem) return invalid(problem);
        const ends = faults.nextOf('createReport', ['report-ends']);
        const report = storeReport(sellerId, spec.marketplaceIds, now(), now() + processingMs, ends?.status ?? 'DONE');
        return ok(202, { reportId: report.reportId });
      }
      case 'getReport': {
        const report = reports.get(id!);
        return report?.sellerId === sellerId
          ? ok(200, reportJson(report))
          : amazonError(404, 'NotFound', `Report ${id} not found`);
      }
      case 'getReports': {
        const problem = checkGetReports(query);
        if (problem) return invalid(problem);
        const statuses = query.get('processingStatuses')?.split(',');
        const markets = query.get('marketplaceIds')?.split(',');
        const since = query.has('createdSince') ? Date.parse(query.get('createdSince')!) : now() - 90 * 86_400_000;
        const found = [...reports.values()]
          .filter((r) => r.sellerId === sellerId && r.createdAt >= since && r.createdAt <= now())
          .map(reportJson)
          .filter((r) => !statuses || statuses.includes(r.processingStatus))
          .filter((r) => !markets || r.marketplaceIds.some((m) => markets.includes(m)))
          .sort((a, b) => Date.parse(b.createdTime) - Date.parse(a.createdTime));
        return ok(200, { reports: found.slice(0, Number(query.get('pageSize') ?? 10)) });
      }
      case 'getReportDocument': {
        const owner = [...reports.values()].find((r) => r.documentId === id);
        const document = documents.get(id!);
        if (!document || owner?.sellerId !== sellerId)
          return amazonError(404, 'NotFound', `Report document ${id} not found`);
        const url = `${base}/download/${encodeURIComponent(id!)}?expires=${now() + urlLifetimeMs}`;
        return ok(200, {
          reportDocumentId: id,
          url,
          ...(document.compression === 'GZIP' ? { compressionAlgorithm: 'GZIP' } : {}),
        });
      }
      case 'searchListingsItems': {
        if (id !== sellerId) return amazonError(403, 'Unauthorized', 'Access to requested resource is denied.');
        const problem = checkSearchListings(query);
        if (problem) return invalid(problem);
        return ok(200, listingsPage(seller.listings ?? [], query));
      }
      case 'getMarketplaceParticipations': {
        const problem = checkNoParameters(query);
        if (problem) return invalid(problem);
        return ok(200, { payload: seller.marketplaceIds.map(participation) });
      }
    }
  }

  async function answer(req: IncomingMessage, body: string): Promise<HttpAnswer | 'drop'> {
    const url = new URL(req.url ?? '/', base);
    const found = route(req.method ?? 'GET', url.pathname);
    if (!found) return amazonError(404, 'NotFound', 'Resource not found');
    const { operation } = found;
    const accessToken = req.headers['x-amz-access-token'] as string | undefined;
    log.push({ operation, userAgent: req.headers['user-agent'], accessToken });
    stats[operation].calls++;
    if (operation === 'lwa') return lwa(body);
    if (operation === 'downloadDocument') return download(found.id!, url.searchParams);

    const grant = accessToken ? tokens.get(accessToken) : undefined;
    if (!req.headers['user-agent']) return amazonError(400, 'InvalidInput', 'Missing user-agent header');
    if (!grant)
      return amazonError(403, 'Unauthorized', 'The access token you provided is revoked, malformed or invalid.');
    if (now() >= grant.expiresAt) return amazonError(403, 'Unauthorized', 'The access token you provided has expired.');

    const fault = faults.nextOf(operation, ['status', 'delay', 'drop', 'expired-token', 'forbidden']);
    if (fault?.kind === 'drop') return 'drop';
    if (fault?.kind === 'delay') await new Promise((resolve) => setTimeout(resolve, fault.ms));
    if (fault?.kind === 'expired-token') {
      grant.expiresAt = now();
      return amazonError(403, 'Unauthorized', 'The access token you provided has expired.');
    }
    if (fault?.kind === 'forbidden') return amazonError(403, 'Unauthorized', 'Access to requested resource is denied.');
    if (fault?.kind === 'status' && fault.status === 429) return throttle(operation, fault.rateHeader ?? false);
    if (fault?.kind === 'status')
      return amazonError(
        fault.status,
        fault.status === 500 ? 'InternalFailure' : 'ServiceUnavailable',
        'Try again later.',
      );

    if (!admission.admit(grant.sellerId, operation, now())) return throttle(operation, options.rateHeader !== false);
    return operate(operation, grant.sellerId, found.id, url.searchParams, body);
  }

  function throttle(operation: OperationName, withHeader: boolean): HttpAnswer {
    stats[operation].throttled++;
    const headers = { 'content-type': 'application/json', ...(withHeader ? rateHeaders(operation) : {}) };
    return new HttpAnswer(
      429,
      JSON.stringify({
        errors: [
          { code: 'QuotaExceeded', message: 'You exceeded your quota for the requested resource.', details: '' },
        ],
      }),
      headers,
    );
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const result = await answer(req, Buffer.concat(chunks).toString('utf8'));
    if (result === 'drop') {
      req.socket.destroy();
      return;
    }
    res.writeHead(result.status, { ...result.headers, 'x-amzn-RequestId': nextId('req-') });
    res.end(result.body);
  }

  return {
    baseUrl: base,
    lwaUrl: `${base}/auth/o2/token`,
    stats: () => structuredClone(stats),
    inject: (operation, ...queued) => faults.push(operation, queued),
    seedReport(sellerId, report) {
      const at = report.createdAt.getTime();
      return storeReport(sellerId, report.marketplaceIds, at, at + processingMs, report.status ?? 'DONE').reportId;
    },
    setDocument(sellerId, document) {
      sellers.get(sellerId)!.document = document;
    },
    requests: () => [...log],
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

function participation(marketplaceId: string) {
  const m = marketplaceById(marketplaceId);
  return {
    marketplace: {
      id: m.id,
      name: m.name,
      countryCode: m.code === 'UK' ? 'GB' : m.code,
      defaultCurrencyCode: 'USD',
      defaultLanguageCode: 'en_US',
      domainName: m.sellerCentral.replace('sellercentral.', 'www.'),
    },
    participation: { isParticipating: true, hasSuspendedListings: false },
    storeName: 'Fake Store',
  };
}

function listingsPage(listings: FakeListing[], query: URLSearchParams) {
  const marketplaces = query.get('marketplaceIds')!.split(',');
  const severities = query.get('withIssueSeverity')?.split(',');
  const included = (query.get('includedData') ?? 'summaries').split(',');
  const pageSize = Number(query.get('pageSize') ?? 10);
  const matching = listings
    .filter((item) => item.summaries.some((s) => marketplaces.includes(s.marketplaceId)))
    .filter((item) => !severities || item.issues.some((issue) => severities.includes(issue.severity)));
  const offset = Number(Buffer.from(query.get('pageToken') ?? 'MA', 'base64url').toString() || 0);
  const page = matching.slice(offset, offset + pageSize).map((item) => ({
    sku: item.sku,
    ...(included.includes('summaries')
      ? { summaries: item.summaries.filter((s) => marketplaces.includes(s.marketplaceId)) }
      : {}),
    ...(included.includes('issues') ? { issues: item.issues } : {}),
  }));
  const more = offset + pageSize < matching.length;
  return {
    numberOfResults: matching.length,
    ...(more ? { pagination: { nextToken: Buffer.from(String(offset + pageSize)).toString('base64url') } } : {}),
    items: page,
  };
}
