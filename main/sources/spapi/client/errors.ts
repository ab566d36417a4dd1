// One error type for everything that can go wrong talking to Amazon, with a `kind` the app can
// branch on and a message a seller can act on. Messages never carry credentials: they are built
// from the catalogue's sentences plus Amazon's own (short, credential-free) error text.
import { translatorFor } from '../../../core/i18n/catalogues';
import type { Translator } from '../../../core/i18n/translator';

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

/**
 * `message` is English, for logs; a seller reads `spApiErrorText(error, t)` in the app's
 * language. `detail` says what happened: Amazon's own error text, or a technical fact.
 */
export class SpApiError extends Error {
  override readonly name = 'SpApiError';
  constructor(
    readonly kind: SpApiErrorKind,
    readonly detail?: string,
    /** The HTTP status Amazon answered with, when there was an answer. */
    readonly status?: number,
  ) {
    super(spApiErrorText({ kind, detail }, english));
  }
}

const english = translatorFor('en');

/** An error of this kind with its standard advice, plus what happened, in plain words. */
export function spApiError(kind: SpApiErrorKind, detail?: string, status?: number): SpApiError {
  return new SpApiError(kind, detail, status);
}

/** The advice for the error's kind, then what happened: "Amazon did not answer in time. … (no answer within 10 s)". */
export function spApiErrorText(error: Pick<SpApiError, 'kind' | 'detail'>, t: Translator): string {
  const advice = t.t(`spapi.error.${error.kind}`);
  return error.detail ? t.t('spapi.error.withDetail', { advice, detail: error.detail }) : advice;
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
