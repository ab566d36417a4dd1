// "Test connection" against a real Dovecot: the folders it would watch when all is well, and the
// kind of each failure a seller must be told about in plain words. The mailbox is not changed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MailboxConfig } from '../../../../main/core/mailbox/mailbox-config';
import { testMailboxConnection } from '../../../../main/sources/email';
import { freePort, mailboxOn, startDovecot, testOAuthToken, testPassword, type DovecotServer } from './support/dovecot';

let server: DovecotServer;

beforeAll(async () => {
  server = await startDovecot();
}, 30_000);

afterAll(async () => {
  await server?.stop();
});

const config = (overrides: Partial<MailboxConfig> = {}): MailboxConfig => mailboxOn(server, overrides);

const trusting = { trustedCertificates: [] as string[] };

describe('testMailboxConnection', () => {
  beforeAll(() => {
    trusting.trustedCertificates = [server.certificate];
  });

  it('names the folders it would watch, the spam folder found by its \\Junk flag', async () => {
    const before = server.digest();
    expect(await testMailboxConnection(config(), testPassword, trusting)).toEqual({
      ok: true,
      folders: ['INBOX', 'Junk'],
      idle: true,
    });
    expect(server.digest()).toBe(before);
  });

  it('works over STARTTLS and with an OAuth2 token', async () => {
    const starttls = config({ security: 'starttls', port: server.starttlsPort });
    expect(await testMailboxConnection(starttls, testPassword, trusting)).toMatchObject({ ok: true });
    expect(await testMailboxConnection(config({ signIn: 'oauth2' }), testOAuthToken, trusting)).toMatchObject({
      ok: true,
    });
  });

  it('says a wrong password is a sign-in failure', async () => {
    expect(await testMailboxConnection(config(), 'wrong', trusting)).toEqual({ ok: false, kind: 'sign-in' });
  }, 15_000);

  it('says an untrusted certificate is one', async () => {
    expect(await testMailboxConnection(config(), testPassword)).toEqual({ ok: false, kind: 'certificate' });
  });

  it('says a closed port is unreachable', async () => {
    expect(await testMailboxConnection(config({ port: await freePort() }), testPassword, trusting)).toEqual({
      ok: false,
      kind: 'unreachable',
    });
  });

  it('says a missing folder is one', async () => {
    expect(await testMailboxConnection(config({ inboxFolder: 'Amazon' }), testPassword, trusting)).toEqual({
      ok: false,
      kind: 'folder-missing',
    });
  });
});
