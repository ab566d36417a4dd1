// The six SP-API operations Flagwatch calls, one function each: request shape in, validated
// response out. Parameter names and paths follow Amazon's models.
import type { z } from 'zod';
import { spApiError } from './errors';
import {
  createReportResponseSchema,
  getReportsResponseSchema,
  reportDocumentSchema,
  reportSchema,
  type GetReportsResponse,
  type Report,
  type ReportDocument,
} from './models';
import {
  ListingsSearchResultsSchema,
  MarketplaceParticipationsResponseSchema,
  type ListingsSearchResults,
  type MarketplaceParticipation,
} from '../listings/types';
import type { SpApiClient } from './spapi-client';

export const sellerPerformanceReportType = 'GET_V2_SELLER_PERFORMANCE_REPORT';

const reports = '/reports/2021-06-30';

function validated<S extends z.ZodType>(schema: S, json: unknown, operation: string): z.infer<S> {
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw spApiError('bad-response', `${operation} answered in an unexpected shape`);
  return parsed.data;
}

export async function createReport(
  client: SpApiClient,
  spec: { reportType: string; marketplaceIds: readonly string[] },
  signal?: AbortSignal,
): Promise<{ reportId: string }> {
  const json = await client.call({
    operation: 'createReport',
    method: 'POST',
    path: `${reports}/reports`,
    body: spec,
    signal,
  });
  return validated(createReportResponseSchema, json, 'createReport');
}

export async function getReport(client: SpApiClient, reportId: string, signal?: AbortSignal): Promise<Report> {
  const path = `${reports}/reports/${encodeURIComponent(reportId)}`;
  return validated(
    reportSchema,
    await client.call({ operation: 'getReport', method: 'GET', path, signal }),
    'getReport',
  );
}

export interface GetReportsFilter {
  reportTypes: readonly string[];
  processingStatuses?: readonly string[];
  marketplaceIds?: readonly string[];
  createdSince?: string;
  pageSize?: number;
}

/** One page; pass `nextToken` alone for the next one (Amazon rejects it combined with filters). */
export async function getReports(
  client: SpApiClient,
  query: GetReportsFilter | { nextToken: string },
  signal?: AbortSignal,
): Promise<GetReportsResponse> {
  const json = await client.call({
    operation: 'getReports',
    method: 'GET',
    path: `${reports}/reports`,
    query: { ...query },
    signal,
  });
  return validated(getReportsResponseSchema, json, 'getReports');
}

export async function getReportDocument(
  client: SpApiClient,
  reportDocumentId: string,
  signal?: AbortSignal,
): Promise<ReportDocument> {
  const path = `${reports}/documents/${encodeURIComponent(reportDocumentId)}`;
  return validated(
    reportDocumentSchema,
    await client.call({ operation: 'getReportDocument', method: 'GET', path, signal }),
    'getReportDocument',
  );
}

export interface SearchListingsQuery {
  sellerId: string;
  marketplaceIds: readonly string[];
  includedData?: readonly string[];
  withIssueSeverity?: readonly ('ERROR' | 'WARNING')[];
  issueLocale?: string;
  /** 1–20 (Amazon's maximum). */
  pageSize?: number;
  pageToken?: string;
}

export async function searchListingsItems(
  client: SpApiClient,
  query: SearchListingsQuery,
  signal?: AbortSignal,
): Promise<ListingsSearchResults> {
  const { sellerId, ...rest } = query;
  const path = `/listings/2021-08-01/items/${encodeURIComponent(sellerId)}`;
  const json = await client.call({ operation: 'searchListingsItems', method: 'GET', path, query: rest, signal });
  return validated(ListingsSearchResultsSchema, json, 'searchListingsItems');
}

export async function getMarketplaceParticipations(
  client: SpApiClient,
  signal?: AbortSignal,
): Promise<MarketplaceParticipation[]> {
  const json = await client.call({
    operation: 'getMarketplaceParticipations',
    method: 'GET',
    path: '/sellers/v1/marketplaceParticipations',
    signal,
  });
  return validated(MarketplaceParticipationsResponseSchema, json, 'getMarketplaceParticipations').payload ?? [];
}
