// The SP-API client: every call waits for its operation's rate limit, carries a fresh access
// token, retries what is worth retrying (429, 5xx, network) and turns everything else into an
// SpApiError in plain words. Responses come back as parsed JSON for the operations to validate.
// No error leaves the client with a credential in it: whatever a server echoed back (the client
// secret, the refresh token, an access token) is hidden before the error is built.
import type { Clock, Logger } from '../../../app/ports';
import { amazonErrorText, spApiError, SpApiError } from './errors';
import { hideSecrets } from './hide-secrets';
import { createLimiter, type Limiter } from './limiter';
import { createAccessTokens, type LwaCredentials } from './lwa-token';
import type { OperationName, RateLimit } from './rate-limits';
import { defaultRetryPolicy, RetryableFailure, withRetries, type RetryPolicy } from './retry';
import { send, type Answer, type FetchFn } from './send';
import { defaultLwaEndpoint } from './endpoints';
import { maxReportBytes } from './answer-limits';

export interface SpApiClientOptions {
  /** e.g. regionEndpoints.EU.production, or a loopback server in tests. */
  baseUrl: string;
  lwaEndpoint?: string;
  credentials: LwaCredentials;
  clock: Clock;
  logger: Logger;
  /** Flagwatch's version, for the user-agent Amazon asks for. */
  appVersion: string;
  fetch?: FetchFn;
  random?: () => number;
  /** Real-time limit for one HTTP exchange. */
  requestTimeoutMs?: number;
  retry?: Partial<RetryPolicy>;
  rateLimits?: Partial<Record<OperationName, RateLimit>>;
}

export type QueryValue = string | number | readonly string[] | undefined;

export interface SpApiRequest {
  operation: OperationName;
  method: 'GET' | 'POST';
  path: string;
  query?: Record<string, QueryValue>;
  body?: unknown;
  signal?: AbortSignal;
}

export interface SpApiClient {
  readonly clock: Clock;
  readonly logger: Logger;
  /** One operation; resolves with the parsed JSON body of a 2xx answer. */
  call(request: SpApiRequest): Promise<unknown>;
  /** A presigned document URL: no token, no rate limit, one try (the caller handles expiry). */
  download(url: string, signal?: AbortSignal): Promise<Answer>;
}

const defaultTimeoutMs = 30_000;
const retryableStatuses = new Set([429, 500, 502, 503, 504]);

export function createSpApiClient(options: SpApiClientOptions): SpApiClient {
  const { clock, logger } = options;
  const fetchFn = options.fetch ?? fetch;
  const random = options.random ?? Math.random;
  const timeoutMs = options.requestTimeoutMs ?? defaultTimeoutMs;
  const policy = { ...defaultRetryPolicy, ...options.retry };
  const limiter = createLimiter(clock, options.rateLimits);
  const userAgent = `Flagwatch/${options.appVersion} (Language=TypeScript)`;
  const onRetry = (operation: string) => (error: SpApiError, waitMs: number, retry: number) =>
    logger.warn('SP-API call will be retried', { operation, kind: error.kind, status: error.status, retry, waitMs });
  const tokens = createAccessTokens({
    lwaEndpoint: options.lwaEndpoint ?? defaultLwaEndpoint,
    credentials: options.credentials,
    clock,
    fetch: fetchFn,
    timeoutMs,
    retry: { random, policy, onRetry: onRetry('lwa-token') },
  });

  const credentialsIn = (text: string) =>
    hideSecrets(text, [options.credentials.clientSecret, options.credentials.refreshToken, ...tokens.issued()]);
  /** Every error that leaves the client, with no credential in its detail. */
  const withoutCredentials = <T>(work: Promise<T>): Promise<T> =>
    work.catch((error: unknown) => {
      if (!(error instanceof SpApiError) || error.detail === undefined) throw error;
      throw spApiError(error.kind, credentialsIn(error.detail), error.status);
    });

  async function attempt(request: SpApiRequest): Promise<unknown> {
    const url = requestUrl(options.baseUrl, request);
    let refreshed = false;
    for (;;) {
      await limiter.acquire(request.operation, request.signal);
      const token = await tokens.get(request.signal);
      let answer: Answer;
      try {
        answer = await send(fetchFn, url, requestInit(request, token, userAgent), timeoutMs, request.signal);
      } catch (error) {
        if (error instanceof SpApiError) return new RetryableFailure(error);
        throw error;
      }
      noteRateHeader(limiter, request.operation, answer.headers);
      if (answer.status >= 200 && answer.status < 300) return parseBody(answer);
      // Hidden before Amazon's text is shortened, so no cut-off piece of a secret survives.
      const amazonText = amazonErrorText(credentialsIn(answer.body.toString('utf8')));
      if (answer.status === 403 && /access token.*expired/i.test(amazonText) && !refreshed) {
        // One fresh token, at once: the old one died early (revoked session, clock skew).
        tokens.expire(token);
        refreshed = true;
        continue;
      }
      if (answer.status === 429) limiter.throttled(request.operation);
      const error = errorFor(answer.status, amazonText);
      if (!retryableStatuses.has(answer.status)) throw error;
      const oneToken = answer.status === 429 ? Math.ceil(1000 / limiter.rateOf(request.operation)) : 0;
      return new RetryableFailure(error, oneToken);
    }
  }

  return {
    clock,
    logger,
    call: (request) =>
      withoutCredentials(
        withRetries(() => attempt(request), {
          clock,
          random,
          policy,
          signal: request.signal,
          onRetry: onRetry(request.operation),
        }),
      ),
    download: (url, signal) =>
      withoutCredentials(
        send(fetchFn, url, { method: 'GET', headers: { 'user-agent': userAgent } }, timeoutMs, signal, maxReportBytes),
      ),
  };
}

function requestUrl(baseUrl: string, request: SpApiRequest): string {
  const url = new URL(request.path, baseUrl);
  for (const [name, value] of Object.entries(request.query ?? {})) {
    if (value === undefined) continue;
    // SP-API takes lists as comma-delimited values.
    url.searchParams.set(name, Array.isArray(value) ? value.join(',') : String(value));
  }
  return url.toString();
}

function requestInit(request: SpApiRequest, token: string, userAgent: string): RequestInit {
  const headers: Record<string, string> = {
    'x-amz-access-token': token,
    'user-agent': userAgent,
    accept: 'application/json',
  };
  if (request.body === undefined) return { method: request.method, headers };
  return {
    method: request.method,
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify(request.body),
  };
}

function noteRateHeader(limiter: Limiter, operation: OperationName, headers: Headers): void {
  const rate = Number(headers.get('x-amzn-ratelimit-limit'));
  if (Number.isFinite(rate) && rate > 0) limiter.observedRate(operation, rate);
}

function parseBody(answer: Answer): unknown {
  try {
    return JSON.parse(answer.body.toString('utf8'));
  } catch {
    throw spApiError('bad-response', `the answer (HTTP ${answer.status}) is not JSON`, answer.status);
  }
}

function errorFor(status: number, amazonText: string): SpApiError {
  const said = amazonText ? `Amazon said: ${amazonText}` : `HTTP ${status}`;
  if (status === 429) return spApiError('throttled', said, status);
  if (status === 403 || status === 401) {
    const revoked = /revoked|malformed|invalid|expired/i.test(amazonText);
    return spApiError(revoked ? 'auth-revoked' : 'forbidden', said, status);
  }
  if (status === 404) return spApiError('not-found', said, status);
  if (status >= 500) return spApiError('server', said, status);
  return spApiError('bad-request', said, status);
}
