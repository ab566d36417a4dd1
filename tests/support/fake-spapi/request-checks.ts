// Request shapes the official models require, checked the way Amazon would: each function
// returns what is wrong in Amazon's words-ish, or null when the request is well formed.
import { marketplaces } from '../../../main/core/catalog/marketplaces';

const knownMarketplaces = new Set(marketplaces.map((m) => m.id));
const reportTypes = new Set([
  'GET_V2_SELLER_PERFORMANCE_REPORT',
  'GET_V1_SELLER_PERFORMANCE_REPORT',
  'GET_MERCHANT_LISTINGS_ALL_DATA',
  'GET_MERCHANTS_LISTINGS_FYP_REPORT',
  'GET_SELLER_FEEDBACK_DATA',
]);
const processingStatuses = new Set(['CANCELLED', 'DONE', 'FATAL', 'IN_PROGRESS', 'IN_QUEUE']);
const includedData = new Set([
  'summaries',
  'attributes',
  'issues',
  'offers',
  'fulfillmentAvailability',
  'procurement',
  'relationships',
  'productTypes',
]);
const severities = new Set(['WARNING', 'ERROR']);

const list = (value: string | null) => (value === null ? null : value.split(','));

function checkMarketplaces(ids: unknown, max: number): string | null {
  if (!Array.isArray(ids) || ids.length < 1 || ids.length > max)
    return `marketplaceIds must list 1 to ${max} marketplaces`;
  const unknown = ids.find((id) => typeof id !== 'string' || !knownMarketplaces.has(id));
  return unknown === undefined ? null : `Invalid marketplaceId: ${String(unknown)}`;
}

function checkEnumList(name: string, values: string[] | null, allowed: Set<string>, max = Infinity): string | null {
  if (values === null) return null;
  if (values.length < 1 || values.length > max) return `${name} must list 1 to ${max} values`;
  const bad = values.find((v) => !allowed.has(v));
  return bad === undefined ? null : `Invalid ${name} value: ${bad}`;
}

function checkDate(name: string, value: string | null): string | null {
  return value === null || !Number.isNaN(Date.parse(value)) ? null : `${name} is not an ISO 8601 date-time`;
}

export function checkCreateReport(body: unknown): string | null {
  if (typeof body !== 'object' || body === null) return 'The request body must be a JSON object';
  const spec = body as { reportType?: unknown; marketplaceIds?: unknown };
  if (typeof spec.reportType !== 'string' || !reportTypes.has(spec.reportType))
    return `Invalid reportType: ${String(spec.reportType)}`;
  return checkMarketplaces(spec.marketplaceIds, 25);
}

export function checkGetReports(query: URLSearchParams): string | null {
  if (query.has('nextToken')) return [...query.keys()].length === 1 ? null : 'nextToken must be the only parameter';
  if (!query.has('reportTypes')) return 'Either reportTypes or nextToken is required';
  const pageSize = query.get('pageSize');
  if (pageSize !== null && !(Number.isInteger(Number(pageSize)) && Number(pageSize) >= 1 && Number(pageSize) <= 100))
    return 'pageSize must be 1 to 100';
  return (
    checkEnumList('reportTypes', list(query.get('reportTypes')), reportTypes, 10) ??
    checkEnumList('processingStatuses', list(query.get('processingStatuses')), processingStatuses) ??
    (query.has('marketplaceIds') ? checkMarketplaces(list(query.get('marketplaceIds')), 10) : null) ??
    checkDate('createdSince', query.get('createdSince')) ??
    checkDate('createdUntil', query.get('createdUntil'))
  );
}

export function checkSearchListings(query: URLSearchParams): string | null {
  if (!query.has('marketplaceIds')) return 'Missing required parameter: marketplaceIds';
  const pageSize = query.get('pageSize');
  if (pageSize !== null && !(Number.isInteger(Number(pageSize)) && Number(pageSize) >= 1 && Number(pageSize) <= 20))
    return 'pageSize must be 1 to 20';
  const locale = query.get('issueLocale');
  if (locale !== null && !/^[a-z]{2}_[A-Z]{2}$/.test(locale)) return `Invalid issueLocale: ${locale}`;
  return (
    checkMarketplaces(list(query.get('marketplaceIds')), 20) ??
    checkEnumList('includedData', list(query.get('includedData')), includedData) ??
    checkEnumList('withIssueSeverity', list(query.get('withIssueSeverity')), severities)
  );
}

export function checkNoParameters(query: URLSearchParams): string | null {
  return [...query.keys()].length === 0 ? null : 'This operation takes no parameters';
}
