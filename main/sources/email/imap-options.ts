// The IMAP library's options for a mailbox: TLS from the first byte, or STARTTLS required (never
// a silent fall-back to plain text), a password or an XOAUTH2 bearer token, bounded waits, and no
// logging (a log line could carry a secret).
import type { ImapFlowOptions } from 'imapflow';
import { rootCertificates } from 'node:tls';
import type { MailboxConfig } from '../../core/mailbox/mailbox-config';

export interface ConnectionTuning {
  /** Extra certificate authorities (PEM) to trust besides the system's: a company's own CA, tests. */
  trustedCertificates?: string[];
  connectionTimeoutMs?: number;
  greetingTimeoutMs?: number;
  socketTimeoutMs?: number;
}

export function imapOptions(config: MailboxConfig, secret: string, tuning: ConnectionTuning = {}): ImapFlowOptions {
  const tls = config.security === 'tls';
  return {
    host: config.host,
    port: config.port,
    secure: tls,
    doSTARTTLS: tls ? undefined : true,
    auth: config.signIn === 'oauth2' ? { user: config.user, accessToken: secret } : { user: config.user, pass: secret },
    tls: {
      rejectUnauthorized: true,
      minVersion: 'TLSv1.2',
      // Node replaces the system's authorities when given any: keep them.
      ...(tuning.trustedCertificates ? { ca: [...rootCertificates, ...tuning.trustedCertificates] } : {}),
    },
    logger: false,
    clientInfo: { name: 'Flagwatch' },
    connectionTimeout: tuning.connectionTimeoutMs ?? 20_000,
    greetingTimeout: tuning.greetingTimeoutMs ?? 10_000,
    socketTimeout: tuning.socketTimeoutMs ?? 5 * 60_000,
    // The source idles itself, on the folder it watches.
    disableAutoIdle: true,
    // Notices are small; a message larger than this is read only up to the bound anyway.
    maxLiteralSize: 16 * 1024 * 1024,
  };
}
