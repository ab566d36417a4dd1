// The test-only certificate authority for mail servers: trusted only when the variable names
// it, always besides (never instead of) the system's, and never without a warning in the log.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mailConnectionTuning } from '../../../main/compose/mail-certificates';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'flagwatch-mail-ca-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

function recordingLogger() {
  const warnings: string[] = [];
  return { warnings, logger: { info() {}, warn: (message: string) => void warnings.push(message), error() {} } };
}

describe('mailConnectionTuning', () => {
  it('trusts only the system’s authorities without FLAGWATCH_TEST_MAIL_CA', () => {
    const { logger, warnings } = recordingLogger();
    expect(mailConnectionTuning({ FLAGWATCH_TEST_MAIL_CA: '' }, logger)).toEqual({});
    expect(mailConnectionTuning({}, logger)).toEqual({});
    expect(warnings).toEqual([]);
  });

  it('adds the named authority, and says so in the log', async () => {
    const pem = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n';
    const file = path.join(dir, 'ca.pem');
    await writeFile(file, pem);
    const { logger, warnings } = recordingLogger();
    expect(mailConnectionTuning({ FLAGWATCH_TEST_MAIL_CA: file }, logger)).toEqual({ trustedCertificates: [pem] });
    expect(warnings).toEqual(['trusting a test certificate authority for mail servers']);
  });

  it('fails at start when the named file is missing, rather than run without it', () => {
    const { logger } = recordingLogger();
    expect(() => mailConnectionTuning({ FLAGWATCH_TEST_MAIL_CA: path.join(dir, 'nope.pem') }, logger)).toThrow(
      /ENOENT/,
    );
  });
});
