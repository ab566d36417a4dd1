// One HTTP exchange with a real-time timeout. The timeout uses real timers on purpose: it
// guards a socket, which lives in real time even when waits between requests run on a
// simulated clock (a simulated timeout would never fire while the clock waits for I/O).
// Redirects are never followed: a 307 would re-send a token request's form, secrets included,
// or an access token to whatever origin the answer names. An answer is read only up to a
// size limit: a server cannot make Flagwatch hold an endless body in memory.
import { maxAnswerBytes } from './answer-limits';
import { SpApiError, spApiError } from './errors';

export type FetchFn = typeof fetch;

export interface Answer {
  status: number;
  headers: Headers;
  body: Buffer;
}

export async function send(
  fetchFn: FetchFn,
  url: string,
  init: RequestInit,
  timeoutMs: number,
  signal?: AbortSignal,
  maxBytes = maxAnswerBytes,
): Promise<Answer> {
  const timeout = AbortSignal.timeout(timeoutMs);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  try {
    const response = await fetchFn(url, { ...init, redirect: 'error', signal: combined });
    const body = await cappedBody(response, maxBytes);
    return { status: response.status, headers: response.headers, body };
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    if (timeout.aborted) throw spApiError('timeout', `no answer within ${Math.round(timeoutMs / 1000)} s`);
    if (error instanceof SpApiError) throw error;
    throw spApiError('unreachable', networkCause(error));
  }
}

async function cappedBody(response: Response, maxBytes: number): Promise<Buffer> {
  const tooLarge = () =>
    spApiError('bad-response', `the answer is larger than ${Math.round(maxBytes / 1024 / 1024)} MB and was not read`);
  if (Number(response.headers.get('content-length')) > maxBytes) {
    await response.body?.cancel();
    throw tooLarge();
  }
  if (!response.body) return Buffer.alloc(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of response.body) {
    size += chunk.byteLength;
    if (size > maxBytes) {
      await response.body.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** The system's reason (e.g. ECONNREFUSED), never the URL or headers. */
function networkCause(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown; message?: unknown } })?.cause;
  if (typeof cause?.code === 'string') return cause.code;
  if (cause?.message === 'unexpected redirect') return 'the server answered with a redirect, which is not followed';
  return 'network error';
}
