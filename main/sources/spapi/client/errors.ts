// One error type for everything that can go wrong talking to Amazon, with a `kind` the app can
// branch on and a message a seller can act on. Messages never carry credentials: they are built
// from fixed sentences plus Amazon's own (short, credential-free) error text.
export type SpApiErrorKind =
  | 'auth-revoked'
  | 'auth-client'
  | 'forbidden'
  | 'throttled'
  | 'unreachable'
  | 'timeout'
  | 'server'
  | 'bad-request'
  | 'bad-response'
  | 'not-found';

export class SpApiError extends Error {
  override readonly name = 'SpApiError';
  constructor(
    readonly kind: SpApiErrorKind,
    message: string,
    /** The HTTP status Amazon answered with, when there was an answer. */
    readonly status?: number,
  ) {
    super(message);
  }
}

const advice: Record<SpApiErrorKind, string> = {
  'auth-revoked': 'Amazon refused the refresh token: it was revoked or mistyped. Reconnect the account.',
  'auth-client':
    'Amazon refused the app credentials: the LWA client id or client secret is wrong or the secret expired (they must be rotated every 180 days). Enter the current ones.',
  forbidden:
    'Amazon denied access: the app lacks the role this needs (Selling Partner Insights for reports, Product Listing for listings) or the account is not authorised for it. Check the app roles in Seller Central and reconnect.',
  throttled: 'Amazon kept answering "too many requests" after several polite retries. Flagwatch will try again later.',
  unreachable: 'Amazon could not be reached. Check the internet connection; Flagwatch will try again.',
  timeout: 'Amazon did not answer in time. Flagwatch will try again.',
  server: 'Amazon had a temporary problem answering. Flagwatch will try again.',
  'bad-request': 'Amazon rejected the request as malformed.',
  'bad-response': 'Amazon sent an answer Flagwatch could not read.',
  'not-found': 'Amazon does not know the requested item.',
};

/** An error of this kind with its standard advice, plus what happened, in plain words. */
export function spApiError(kind: SpApiErrorKind, detail?: string, status?: number): SpApiError {
  return new SpApiError(kind, detail ? `${advice[kind]} (${detail})` : advice[kind], status);
}

/** Amazon's own error text from an `{"errors":[{code,message}]}` body, shortened; '' when absent. */
export function amazonErrorText(body: string): string {
  try {
    const parsed = JSON.parse(body) as { errors?: { code?: unknown; message?: unknown }[] };
    const first = parsed.errors?.[0];
    if (!first) return '';
    const text = [first.code, first.message].filter((part) => typeof part === 'string').join(': ');
    return text.length > 200 ? `${text.slice(0, 200)}…` : text;
  } catch {
    return '';
  }
}
