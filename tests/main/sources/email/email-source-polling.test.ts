// A server without IDLE: the source sees that it is not offered and polls instead, and new mail
// still arrives. The mailbox is unchanged afterwards.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { systemClock } from '../../../../main/adapters/clock/system-clock';
import { mailboxSecretKey } from '../../../../main/core/mailbox/mailbox-config';
import { createEmailSource, emptyEmailSourceState, testMailboxConnection } from '../../../../main/sources/email';
import { startDovecot, testPassword, testUser, type DovecotServer } from './support/dovecot';
import { recordingNotices } from './support/fake-notices';
import { noticeMessage } from './support/seed-messages';

let server: DovecotServer;

beforeAll(async () => {
  server = await startDovecot({ withoutIdle: true });
  server.deliver('INBOX', noticeMessage({ asin: 'B0POLLING1' }));
}, 30_000);

afterAll(async () => {
  await server?.stop();
});

it('polls a server that does not offer IDLE, and sees new mail', async () => {
  const config = {
    id: 'mb1',
    host: server.host,
    port: server.tlsPort,
    security: 'tls' as const,
    signIn: 'password' as const,
    user: testUser,
    inboxFolder: 'INBOX',
    watchSpam: true,
    spamFolder: null,
    accountId: 'acc1',
    marketplaceId: 'ATVPDKIKX0DER',
  };
  const connection = { trustedCertificates: [server.certificate] };
  expect(await testMailboxConnection(config, testPassword, connection)).toMatchObject({ ok: true, idle: false });

  let state = structuredClone(emptyEmailSourceState);
  const notices = recordingNotices();
  const email = createEmailSource({
    config,
    secrets: {
      get: async (key) => (key === mailboxSecretKey('mb1') ? testPassword : undefined),
      set: async () => undefined,
      delete: async () => undefined,
    },
    state: { read: () => state, write: (next) => (state = next) },
    notices,
    clock: systemClock,
    logger: { info: () => undefined, warn: () => undefined, error: () => undefined },
    connection,
    // Long enough that only polling, not an idle renewal, can bring the new mail in time.
    watch: { pollIntervalMs: 300, maxIdleMs: 60_000 },
  });
  const stop = new AbortController();
  const watching = email.watch(stop.signal);
  try {
    await expect.poll(() => notices.asins(), { timeout: 10_000 }).toEqual(['B0POLLING1']);
    server.deliver('INBOX', noticeMessage({ asin: 'B0POLLING2' }));
    const before = server.digest();
    await expect.poll(() => notices.asins(), { timeout: 10_000 }).toEqual(['B0POLLING1', 'B0POLLING2']);
    expect(server.digest()).toBe(before);
  } finally {
    stop.abort();
    await watching;
  }
}, 30_000);
