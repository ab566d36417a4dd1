// Login with Amazon: trades the seller's refresh token for a one-hour access token, cached and
// renewed a minute before it expires (NOTES §2.1). Concurrent callers share one refresh.
// Of an error answer only a short OAuth error code is believed: anything else the service says
// could be our own form echoed back.
import { z } from 'zod';
import type { Clock } from '../../../app/ports';
import { SpApiError, spApiError } from './errors';
import { RetryableFailure, withRetries, type RetryContext } from './retry';
import { send, type FetchFn } from './send';

export interface LwaCredentials {
  clientId: string;
  clientSecret: string;
  refreshToken: string;
}

export interface AccessTokens {
  get(signal?: AbortSignal): Promise<string>;
  /** Amazon said this token expired: the next `get` fetches a new one. */
  expire(token: string): void;
  /** The access tokens handed out lately, for hiding them in error text. */
  issued(): readonly string[];
}

export interface AccessTokenOptions {
  lwaEndpoint: string;
  credentials: LwaCredentials;
  clock: Clock;
  fetch: FetchFn;
  timeoutMs: number;
  retry: Omit<RetryContext, 'signal' | 'clock'>;
}

const refreshMarginMs = 60_000;

const tokenAnswer = z.object({ access_token: z.string().min(1), expires_in: z.number().positive() });
/** OAuth error codes are short snake_case words (RFC 6749 §5.2). */
const errorAnswer = z.object({ error: z.string().regex(/^[a-z_]{1,64}$/) });
/** One an hour; the last few cover a refresh racing an error being written. */
const issuedKept = 4;

export function createAccessTokens(options: AccessTokenOptions): AccessTokens {
  let cached: { token: string; expiresAt: number } | null = null;
  let pending: Promise<string> | null = null;
  const issued: string[] = [];

  async function refresh(signal?: AbortSignal): Promise<string> {
    const { clock } = options;
    const answer = await withRetries(() => requestToken(options, signal), { ...options.retry, clock, signal });
    cached = { token: answer.access_token, expiresAt: clock.now().getTime() + answer.expires_in * 1000 };
    issued.push(answer.access_token);
    issued.splice(0, issued.length - issuedKept);
    return answer.access_token;
  }

  return {
    get(signal) {
      if (cached && options.clock.now().getTime() < cached.expiresAt - refreshMarginMs)
        return Promise.resolve(cached.token);
      pending ??= refresh(signal).finally(() => (pending = null));
      return pending;
    },
    expire(token) {
      if (cached?.token === token) cached = null;
    },
    issued: () => issued,
  };
}

async function requestToken(
  options: AccessTokenOptions,
  signal?: AbortSignal,
): Promise<z.infer<typeof tokenAnswer> | RetryableFailure> {
  const { credentials } = options;
  const form = new URLSearchParams({
    grant_type: 'refresh_token',
    refresh_token: credentials.refreshToken,
    client_id: credentials.clientId,
    client_secret: credentials.clientSecret,
  });
  let answer;
  try {
    answer = await send(
      options.fetch,
      options.lwaEndpoint,
      {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded;charset=UTF-8' },
        body: form.toString(),
      },
      options.timeoutMs,
      signal,
    );
  } catch (error) {
    if (error instanceof SpApiError) return new RetryableFailure(error);
    throw error;
  }
  const json = parseJson(answer.body);
  if (answer.status >= 200 && answer.status < 300) {
    const parsed = tokenAnswer.safeParse(json);
    if (!parsed.success) throw spApiError('bad-response', 'the sign-in service answered without an access token');
    return parsed.data;
  }
  const code = errorAnswer.safeParse(json).data?.error;
  if (code === 'invalid_grant') throw spApiError('auth-revoked', 'sign-in service: invalid_grant', answer.status);
  if (code === 'invalid_client' || code === 'unauthorized_client')
    throw spApiError('auth-client', `sign-in service: ${code}`, answer.status);
  if (answer.status >= 500 || answer.status === 429)
    return new RetryableFailure(spApiError('server', `sign-in service answered ${answer.status}`, answer.status));
  throw spApiError('bad-request', `sign-in service answered ${answer.status}${code ? ` ${code}` : ''}`, answer.status);
}

function parseJson(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    return undefined;
  }
}
