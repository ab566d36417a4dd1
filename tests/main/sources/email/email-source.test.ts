// The email source against a real Dovecot on loopback, seeded with mail as sellers get it. After
// every test the maildir is byte for byte as it was: the source only reads.
import { createServer as createHttpServer } from 'node:http';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { systemClock } from '../../../../main/adapters/clock/system-clock';
import type { DocumentStore, Logger, Secrets } from '../../../../main/app/ports';
import { mailboxSecretKey, type MailboxConfig } from '../../../../main/core/mailbox/mailbox-config';
import {
  createEmailSource,
  emptyEmailSourceState,
  EmailSourceStateSchema,
  MailboxError,
  type EmailSourceOptions,
  type EmailSourceState,
  type EmailSourceStatus,
  type FolderTally,
} from '../../../../main/sources/email';
import { startCuttableProxy } from './support/cuttable-proxy';
import { mailboxOn, startDovecot, testOAuthToken, testPassword, type DovecotServer } from './support/dovecot';
import { recordingNotices, type FakeNotice, type RecordingNotices } from './support/fake-notices';
import { noticeMessage, seededNoticeAsins, seedMessages } from './support/seed-messages';

const quiet: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined };

function memoryStore(): DocumentStore<EmailSourceState> & { writes: number } {
  let value = structuredClone(emptyEmailSourceState);
  return {
    writes: 0,
    read: () => value,
    write(next) {
      // What the real document store does: reject what the schema rejects.
      value = EmailSourceStateSchema.parse(structuredClone(next));
      this.writes += 1;
    },
  };
}

function memorySecrets(values: Record<string, string>): Secrets {
  return {
    get: async (key) => values[key],
    set: async (key, value) => void (values[key] = value),
    delete: async (key) => void delete values[key],
  };
}

let server: DovecotServer;
let before: string;
/** The ASINs of every notice in the mailbox now. */
const present: string[] = [];

vi.setConfig({ testTimeout: 30_000 });

/** Delivers a new notice during a test; the mailbox's fingerprint follows, as the source must not. */
function deliverNotice(folder: 'INBOX' | 'Junk', asin: string): void {
  server.deliver(folder, noticeMessage({ asin }));
  present.push(asin);
  before = server.digest();
}

beforeAll(async () => {
  server = await startDovecot();
  for (const message of seedMessages()) server.deliver(message.folder, message.raw, message.flags);
  present.push(...seededNoticeAsins);
}, 30_000);

afterAll(async () => {
  await server?.stop();
});

beforeEach(() => {
  before = server.digest();
});

afterEach(() => {
  expect(server.digest(), 'the maildir changed').toBe(before);
});

function mailbox(overrides: Partial<MailboxConfig> = {}): MailboxConfig {
  return mailboxOn(server, overrides);
}

function source(
  overrides: Partial<MailboxConfig> = {},
  options: Partial<EmailSourceOptions<FakeNotice>> & { secret?: string } = {},
) {
  const config = mailbox(overrides);
  const notices = options.notices ?? recordingNotices();
  const state = options.state ?? memoryStore();
  const created = createEmailSource<FakeNotice>({
    config,
    secrets: memorySecrets({ [mailboxSecretKey(config.id)]: options.secret ?? testPassword }),
    state,
    notices,
    clock: systemClock,
    logger: quiet,
    connection: { trustedCertificates: [server.certificate], greetingTimeoutMs: 1500, ...options.connection },
    limits: options.limits,
    watch: options.watch,
    onStatus: options.onStatus,
    onSynced: options.onSynced,
  });
  return { source: created, notices: notices as RecordingNotices, state };
}

async function failureOf(promise: Promise<unknown>): Promise<MailboxError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(MailboxError);
  return error as MailboxError;
}

describe('reading a mailbox', () => {
  it('hands every notice in the inbox and the spam folder to the intake once, with its origin', async () => {
    const { source: email, notices } = source();
    const tallies = await email.syncOnce();
    expect(notices.asins()).toEqual([...seededNoticeAsins].sort());
    expect(tallies.map((t) => [t.folder, t.read, t.notices])).toEqual([
      ['INBOX', 6, 4],
      ['Junk', 1, 1],
    ]);
    const spam = notices.added.find((each) => each.notice.asins.includes('B0INSPAMJP'));
    expect(spam?.origin).toEqual({
      kind: 'email',
      accountId: 'acc1',
      marketplaceId: 'ATVPDKIKX0DER',
      receivedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
  });

  it('decodes encoded subjects and bodies, and turns HTML into text without its scripts', async () => {
    const { source: email, notices } = source();
    await email.syncOnce();
    const by = (asin: string) => notices.added.find((each) => each.notice.asins.includes(asin))!.notice;
    expect(by('B0MULTIQP1').subject).toBe('Richtlinienwarnung – Maßnahme erforderlich');
    expect(by('B0MULTIQP1').text).toContain('innerhalb von 17 Tagen einen Maßnahmenplan');
    expect(by('B0HTMLONLY').subject).toBe('Listing deactivated – référence');
    expect(by('B0HTMLONLY').text).toContain('Your listing was deactivated.');
    expect(by('B0HTMLONLY').text).not.toMatch(/alert|color:red|<p>/);
    expect(by('B0INSPAMJP').subject).toBe('ポリシー違反の警告');
    expect(by('B0INSPAMJP').text).toContain('本日より7日以内');
  });

  it('reads a large message only up to the bound and still finds its notice', async () => {
    const { source: email, notices } = source({}, { limits: { maxMessageBytes: 64 * 1024 } });
    await email.syncOnce();
    const big = notices.added.find((each) => each.notice.asins.includes('B0BIGFIVEM'));
    expect(big?.notice.text.length).toBeLessThan(64 * 1024);
  });

  it('fetches only new mail on the next run', async () => {
    const { source: email, notices, state } = source();
    await email.syncOnce();
    const again = await email.syncOnce();
    expect(again.map((t) => t.read)).toEqual([0, 0]);
    deliverNotice('INBOX', 'B0NEWMAIL1');
    const third = await email.syncOnce();
    expect(third.map((t) => t.read)).toEqual([1, 0]);
    expect(notices.added.at(-1)?.notice.asins).toEqual(['B0NEWMAIL1']);
    expect(state.read().folders.INBOX?.lastUid).toBe(7);
  });

  it('watches only the inbox when the spam folder is turned off, and a named spam folder when given', async () => {
    const inboxOnly = await source({ watchSpam: false }).source.syncOnce();
    expect(inboxOnly.map((t) => t.folder)).toEqual(['INBOX']);
    const named = await source({ spamFolder: 'Junk' }).source.syncOnce();
    expect(named.map((t) => t.folder)).toEqual(['INBOX', 'Junk']);
    const missing = await failureOf(source({ spamFolder: 'Spam' }).source.syncOnce());
    expect(missing.kind).toBe('folder-missing');
  });

  it('signs in over STARTTLS', async () => {
    const { source: email, notices } = source({ security: 'starttls', port: server.starttlsPort });
    await email.syncOnce();
    expect(notices.added.length).toBeGreaterThan(0);
  });

  it('signs in with an OAuth2 bearer token (XOAUTH2)', async () => {
    const { source: email, notices } = source({ signIn: 'oauth2' }, { secret: testOAuthToken });
    await email.syncOnce();
    expect(notices.added.length).toBeGreaterThan(0);
  });
});

describe('what a seller is told when the mailbox cannot be read', () => {
  it('a wrong password', async () => {
    expect((await failureOf(source({}, { secret: 'wrong' }).source.syncOnce())).kind).toBe('sign-in');
  });

  it('a refused OAuth2 token', async () => {
    expect((await failureOf(source({ signIn: 'oauth2' }, { secret: 'expired' }).source.syncOnce())).kind).toBe(
      'sign-in',
    );
  });

  it('no secret saved', async () => {
    const config = mailbox();
    const email = createEmailSource<FakeNotice>({
      config,
      secrets: memorySecrets({}),
      state: memoryStore(),
      notices: recordingNotices(),
      clock: systemClock,
      logger: quiet,
    });
    expect((await failureOf(email.syncOnce())).kind).toBe('missing-secret');
  });

  it('a certificate the system does not trust', async () => {
    const email = source({}, { connection: { trustedCertificates: undefined } });
    // No extra authority: the test server's self-signed certificate is refused.
    const config = mailbox();
    const untrusting = createEmailSource<FakeNotice>({
      config,
      secrets: memorySecrets({ [mailboxSecretKey(config.id)]: testPassword }),
      state: memoryStore(),
      notices: email.notices,
      clock: systemClock,
      logger: quiet,
    });
    expect((await failureOf(untrusting.syncOnce())).kind).toBe('certificate');
  });

  it('TLS asked of a port that speaks plain IMAP', async () => {
    expect((await failureOf(source({ port: server.starttlsPort }).source.syncOnce())).kind).toBe('security-mismatch');
  });

  it('a port where nothing listens', async () => {
    const { freePort } = await import('./support/dovecot');
    expect((await failureOf(source({ port: await freePort() }).source.syncOnce())).kind).toBe('unreachable');
  });

  it('a server that is not an IMAP server', async () => {
    const web = createHttpServer((_request, response) => response.end('hello'));
    await new Promise<void>((resolve) => web.listen(0, '127.0.0.1', resolve));
    try {
      const port = (web.address() as { port: number }).port;
      expect((await failureOf(source({ port, security: 'starttls' }).source.syncOnce())).kind).toBe('not-imap');
    } finally {
      web.closeAllConnections();
      await new Promise((resolve) => web.close(resolve));
    }
  });
});

describe('faults', () => {
  it('resumes after the server drops the connection in the middle of a fetch, without duplicates', async () => {
    const proxy = await startCuttableProxy(server.tlsPort);
    try {
      const notices = recordingNotices();
      const state = memoryStore();
      const through = () =>
        source(
          { port: proxy.port },
          { notices, state, limits: { batchMessages: 2, maxMessageBytes: 2 * 1024 * 1024 } },
        );
      // Cut inside the bodies: past the greeting, sign-in and sizes, before the last batch.
      proxy.cutAfter(40_000);
      expect((await failureOf(through().source.syncOnce())).kind).toBe('dropped');
      expect(proxy.cuts).toBe(1);
      const partial = notices.added.length;
      expect(partial).toBeLessThan(present.length);
      await through().source.syncOnce();
      expect(notices.asins()).toEqual([...present].sort());
    } finally {
      await proxy.close();
    }
  });

  it('rescans a folder whose UIDVALIDITY changed, without handing a notice over twice', async () => {
    const { source: email, notices, state } = source();
    await email.syncOnce();
    const count = notices.added.length;
    const inInbox = notices.added.filter((each) => !each.notice.asins.includes('B0INSPAMJP')).length;
    server.setUidValidity('INBOX', server.uidValidity('INBOX') + 1000);
    before = server.digest();
    const tallies = await email.syncOnce();
    const inbox = tallies.find((t) => t.folder === 'INBOX')!;
    expect(inbox.rescanned).toBe(true);
    expect(inbox.read).toBe(server.messageFiles('INBOX').length);
    expect(inbox.repeated).toBe(inInbox);
    expect(notices.added.length).toBe(count);
    expect(state.read().folders.INBOX?.uidValidity).toBe(String(server.uidValidity('INBOX')));
  });
});

describe('watching', () => {
  it('sees new mail while idling (IDLE), and tells each read of a folder', async () => {
    const statuses: EmailSourceStatus[] = [];
    const synced: FolderTally[] = [];
    const { source: email, notices } = source(
      {},
      { onStatus: (s) => statuses.push(s), onSynced: (tally) => synced.push(tally) },
    );
    const stop = new AbortController();
    const watching = email.watch(stop.signal);
    await expect.poll(() => notices.added.length, { timeout: 10_000 }).toBe(present.length);
    deliverNotice('INBOX', 'B0IDLENEW1');
    await expect.poll(() => notices.asins(), { timeout: 5_000 }).toContain('B0IDLENEW1');
    stop.abort();
    await watching;
    expect(statuses[0]).toMatchObject({ state: 'watching', folders: ['INBOX', 'Junk'] });
    expect(new Set(synced.map((t) => t.folder))).toEqual(new Set(['INBOX', 'Junk']));
    expect(synced.findLast((t) => t.folder === 'INBOX')).toMatchObject({ read: 1, notices: 1 });
  }, 20_000);

  it('comes back after a dropped connection and carries on', async () => {
    const proxy = await startCuttableProxy(server.tlsPort);
    const statuses: EmailSourceStatus[] = [];
    const { source: email, notices } = source(
      { port: proxy.port },
      { onStatus: (s) => statuses.push(s), watch: { firstRetryMs: 100 } },
    );
    const stop = new AbortController();
    const watching = email.watch(stop.signal);
    try {
      await expect.poll(() => notices.added.length, { timeout: 10_000 }).toBe(present.length);
      proxy.cutAfter(1);
      deliverNotice('Junk', 'B0AFTERCUT');
      await expect.poll(() => notices.asins(), { timeout: 10_000 }).toContain('B0AFTERCUT');
      expect(statuses.some((s) => s.state === 'failing')).toBe(true);
      expect(notices.added.length).toBe(present.length);
    } finally {
      stop.abort();
      await watching;
      await proxy.close();
    }
  }, 30_000);
});
