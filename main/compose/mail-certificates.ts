// For tests only: the mail server certificates a test's own IMAP server presents are signed by a
// certificate authority made for that run. FLAGWATCH_TEST_MAIL_CA names its PEM file, to be
// trusted besides the system's authorities. Certificates are always checked; without the
// variable only the system's authorities are trusted.
import { readFileSync } from 'node:fs';
import type { Logger } from '../app/ports';
import type { ConnectionTuning } from '../sources/email';

export const testMailCaVariable = 'FLAGWATCH_TEST_MAIL_CA';

export function mailConnectionTuning(
  env: Readonly<Record<string, string | undefined>>,
  logger: Logger,
): ConnectionTuning {
  const file = env[testMailCaVariable];
  if (!file) return {};
  logger.warn('trusting a test certificate authority for mail servers', { variable: testMailCaVariable, file });
  return { trustedCertificates: [readFileSync(file, 'utf8')] };
}
