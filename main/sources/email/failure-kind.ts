// Which kind of failure an error from the IMAP library, TLS or the network is, so the seller
// reads "wrong password" rather than a socket code. Unknown errors stay `unexpected`; their own
// message is only logged.
import type { MailboxFailureKind } from '../../core/mailbox/mailbox-failure';

interface ErrorLike {
  code?: unknown;
  authenticationFailed?: unknown;
  tlsFailed?: unknown;
  message?: unknown;
}

const unreachableCodes = ['ECONNREFUSED', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', 'EADDRNOTAVAIL'];
const timeoutCodes = ['CONNECT_TIMEOUT', 'ETIMEDOUT', 'ETIMEOUT', 'UPGRADE_TIMEOUT'];
const droppedCodes = ['EConnectionClosed', 'NoConnection', 'ECONNRESET', 'EPIPE', 'ClosedAfterConnectTLS'];
const certificateCodes = [
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'CERT_UNTRUSTED',
  'ERR_TLS_CERT_ALTNAME_INVALID',
];

export class MailboxError extends Error {
  override name = 'MailboxError';
  constructor(
    readonly kind: MailboxFailureKind,
    message: string,
  ) {
    super(message);
  }
}

export function failureKindOf(error: unknown): MailboxFailureKind {
  if (error instanceof MailboxError) return error.kind;
  if (typeof error !== 'object' || error === null) return 'unexpected';
  const { code, authenticationFailed, tlsFailed, message } = error as ErrorLike;
  const text = typeof message === 'string' ? message : '';
  if (authenticationFailed === true) return 'sign-in';
  if (tlsFailed === true) return 'security-mismatch';
  if (typeof code === 'string') {
    if (unreachableCodes.includes(code)) return 'unreachable';
    if (certificateCodes.includes(code)) return 'certificate';
    if (code === 'GREETING_TIMEOUT' || code === 'ClosedAfterConnectText' || code.startsWith('ParserError'))
      return 'not-imap';
    if (code === 'ERR_SSL_WRONG_VERSION_NUMBER' || code === 'ERR_SSL_PACKET_LENGTH_TOO_LONG')
      return 'security-mismatch';
    if (timeoutCodes.includes(code)) return 'timeout';
    if (droppedCodes.includes(code)) return 'dropped';
  }
  if (/wrong version number|packet length too long|unknown protocol/i.test(text)) return 'security-mismatch';
  if (/certificate/i.test(text)) return 'certificate';
  if (/connection (closed|not available)|socket closed|unexpected close/i.test(text)) return 'dropped';
  return 'unexpected';
}
