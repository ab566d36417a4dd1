// The mailbox commands with an in-memory store and secrets and a stand-in for the IMAP test: the
// secret goes only to Secrets and never comes back, a changed server needs the secret again,
// and a test's answer is in plain words and remembered.
import { describe, expect, it } from 'vitest';
import { createMailboxHandlers, MailboxConfigError, noMailboxHandlers } from '../../../../main/app/commands/mailboxes';
import type { DocumentStore } from '../../../../main/app/ports';
import { translatorFor } from '../../../../main/core/i18n/catalogues';
import {
  emptyMailboxesDocument,
  MailboxesDocumentSchema,
  type MailboxesDocument,
  type MailboxWatch,
} from '../../../../main/core/mailbox/mailbox-commands';
import type { MailboxConfig } from '../../../../main/core/mailbox/mailbox-config';
import type { MailboxProbe } from '../../../../main/core/mailbox/mailbox-failure';

const draft = {
  host: 'imap.example.com',
  port: 993,
  security: 'tls' as const,
  signIn: 'password' as const,
  user: 'seller@example.com',
  accountId: 'acc1',
  marketplaceId: 'ATVPDKIKX0DER',
};
const second = { ...draft, host: 'imap.other.example', user: 'second@example.com' };

function setup(
  answer: MailboxProbe | ((config: MailboxConfig) => Promise<MailboxProbe>) = {
    ok: true,
    folders: ['INBOX', 'Junk'],
    idle: true,
  },
  watchOf?: (id: string) => MailboxWatch | null,
) {
  let document: MailboxesDocument = structuredClone(emptyMailboxesDocument);
  const store: DocumentStore<MailboxesDocument> = {
    read: () => document,
    write: (next) => (document = MailboxesDocumentSchema.parse(next)),
  };
  const probe = typeof answer === 'function' ? answer : async () => answer;
  const secretValues = new Map<string, string>();
  const tested: string[] = [];
  let made = 0;
  const handlers = createMailboxHandlers({
    mailboxes: store,
    secrets: {
      get: async (key) => secretValues.get(key),
      set: async (key, value) => void secretValues.set(key, value),
      delete: async (key) => void secretValues.delete(key),
    },
    testConnection: async (config, secret) => (tested.push(secret), probe(config)),
    now: () => new Date('2026-11-26T12:00:00Z'),
    translator: () => translatorFor('en'),
    newId: () => `imap-${++made}`,
    ...(watchOf ? { watchOf } : {}),
  });
  return { handlers, secretValues, tested, document: () => document };
}

describe('mailboxes.save', () => {
  it('stores the config with the defaults, and the secret only in Secrets', async () => {
    const { handlers, secretValues, document } = setup();
    const saved = await handlers['mailboxes.save']({ config: draft, secret: 'app-password' });
    expect(saved).toMatchObject({ id: 'imap-1', inboxFolder: 'INBOX', watchSpam: true, spamFolder: null });
    expect(secretValues.get('imap:imap-1:secret')).toBe('app-password');
    expect(JSON.stringify(document())).not.toContain('app-password');
    const listed = await handlers['mailboxes.list']();
    expect(listed).toEqual([{ config: saved, hasSecret: true, lastTest: null, watch: null }]);
    expect(JSON.stringify(listed)).not.toContain('app-password');
  });

  it('refuses a new mailbox without its secret', async () => {
    const { handlers } = setup();
    await expect(handlers['mailboxes.save']({ config: draft })).rejects.toThrow(/Enter the password/);
  });

  it('keeps the stored secret when only the folders change', async () => {
    const { handlers, secretValues } = setup();
    await handlers['mailboxes.save']({ config: draft, secret: 'pw' });
    await handlers['mailboxes.save']({ config: { ...draft, id: 'imap-1', watchSpam: false } });
    expect(secretValues.get('imap:imap-1:secret')).toBe('pw');
  });

  it('needs the secret again when the server changes', async () => {
    const { handlers } = setup();
    await handlers['mailboxes.save']({ config: draft, secret: 'pw' });
    const moved = { config: { ...draft, id: 'imap-1', host: 'evil.example.net' } };
    await expect(handlers['mailboxes.save'](moved)).rejects.toBeInstanceOf(MailboxConfigError);
    await expect(handlers['mailboxes.save'](moved)).rejects.toThrow(/enter the password or token again/);
  });

  it('adds a new mailbox after the others, and keeps an edited one in its place', async () => {
    const { handlers, document } = setup();
    await handlers['mailboxes.save']({ config: draft, secret: 'pw' });
    await handlers['mailboxes.save']({ config: second, secret: 'pw2' });
    expect(document().mailboxes.map((each) => each.id)).toEqual(['imap-1', 'imap-2']);
    await handlers['mailboxes.save']({ config: { ...draft, id: 'imap-1', watchSpam: false } });
    expect(document().mailboxes.map((each) => [each.id, each.host, each.watchSpam])).toEqual([
      ['imap-1', 'imap.example.com', false],
      ['imap-2', 'imap.other.example', true],
    ]);
  });

  it('forgets the last test of the mailbox it changes, and only that one', async () => {
    const { handlers, document } = setup();
    await handlers['mailboxes.save']({ config: draft, secret: 'pw' });
    await handlers['mailboxes.save']({ config: second, secret: 'pw2' });
    await handlers['mailboxes.test']({ id: 'imap-1' });
    await handlers['mailboxes.test']({ id: 'imap-2' });
    await handlers['mailboxes.save']({ config: { ...second, id: 'imap-2', watchSpam: false } });
    expect(Object.keys(document().lastTests)).toEqual(['imap-1']);
  });

  it('names the fields that are wrong', async () => {
    const { handlers } = setup();
    await expect(
      handlers['mailboxes.save']({ config: { ...draft, host: 'not a host', port: 0 }, secret: 'pw' }),
    ).rejects.toThrow('The mailbox cannot be saved: check host, port.');
  });

  it('leaves out what is wrong with the request as a whole', async () => {
    const { handlers } = setup();
    const withExtra = { config: { ...draft, host: 'not a host' }, secret: 'pw', extra: true };
    await expect(handlers['mailboxes.save'](withExtra)).rejects.toThrow('The mailbox cannot be saved: check host.');
  });

  it('names the section when a whole section is wrong', async () => {
    const { handlers } = setup();
    await expect(handlers['mailboxes.save']({ config: 'imap.example.com', secret: 'pw' })).rejects.toThrow(
      'The mailbox cannot be saved: check config.',
    );
  });

  it('refuses with an error named for what it is', async () => {
    const { handlers } = setup();
    await expect(handlers['mailboxes.save']({ config: draft })).rejects.toMatchObject({ name: 'MailboxConfigError' });
  });
});

describe('mailboxes.test', () => {
  it('answers in plain words and remembers the answer', async () => {
    const { handlers, tested } = setup();
    await handlers['mailboxes.save']({ config: draft, secret: 'pw' });
    const result = await handlers['mailboxes.test']({ id: 'imap-1' });
    expect(result).toEqual({
      ok: true,
      folders: ['INBOX', 'Junk'],
      message: 'Connected. Flagwatch will read: INBOX, Junk.',
    });
    expect(tested).toEqual(['pw']);
    expect((await handlers['mailboxes.list']())[0]?.lastTest).toEqual({ at: '2026-11-26T12:00:00.000Z', result });
  });

  it('says a wrong password in words, in the app language', async () => {
    const { handlers } = setup({ ok: false, kind: 'sign-in' });
    await handlers['mailboxes.save']({ config: draft, secret: 'pw' });
    const result = await handlers['mailboxes.test']({ id: 'imap-1' });
    expect(result).toMatchObject({ ok: false, kind: 'sign-in' });
    expect(result.message).toContain('imap.example.com refused the user name or password');
  });

  it('tests the mailbox asked for, among several', async () => {
    const { handlers } = setup({ ok: false, kind: 'sign-in' });
    await handlers['mailboxes.save']({ config: draft, secret: 'pw' });
    await handlers['mailboxes.save']({ config: second, secret: 'pw2' });
    const result = await handlers['mailboxes.test']({ id: 'imap-2' });
    expect(result.message).toContain('imap.other.example refused');
  });

  it('says an unexpected failure of the connection in words', async () => {
    const { handlers } = setup(() => Promise.reject(new Error('socket hang up')));
    await handlers['mailboxes.save']({ config: draft, secret: 'pw' });
    expect(await handlers['mailboxes.test']({ id: 'imap-1' })).toMatchObject({ ok: false, kind: 'unexpected' });
  });

  it('does not bring back a mailbox removed while the server was answering', async () => {
    let removeDuringTest = async (): Promise<void> => undefined;
    const { handlers, document } = setup(async () => {
      await removeDuringTest();
      return { ok: true, folders: ['INBOX'], idle: true };
    });
    await handlers['mailboxes.save']({ config: draft, secret: 'pw' });
    removeDuringTest = async () => void (await handlers['mailboxes.remove']({ id: 'imap-1' }));
    expect(await handlers['mailboxes.test']({ id: 'imap-1' })).toMatchObject({ ok: true });
    expect(document()).toEqual({ mailboxes: [], lastTests: {} });
  });

  it('says so when no secret is stored', async () => {
    const { handlers, secretValues } = setup();
    await handlers['mailboxes.save']({ config: draft, secret: 'pw' });
    secretValues.clear();
    expect(await handlers['mailboxes.test']({ id: 'imap-1' })).toMatchObject({ ok: false, kind: 'missing-secret' });
  });
});

describe('mailboxes.remove', () => {
  it('removes the mailbox and its secret', async () => {
    const { handlers, secretValues } = setup();
    await handlers['mailboxes.save']({ config: draft, secret: 'pw' });
    expect(await handlers['mailboxes.remove']({ id: 'imap-1' })).toEqual([]);
    expect(secretValues.size).toBe(0);
  });

  it('keeps the other mailboxes and their last tests', async () => {
    const { handlers, secretValues, document } = setup();
    await handlers['mailboxes.save']({ config: draft, secret: 'pw' });
    await handlers['mailboxes.save']({ config: second, secret: 'pw2' });
    await handlers['mailboxes.test']({ id: 'imap-1' });
    await handlers['mailboxes.test']({ id: 'imap-2' });
    const left = await handlers['mailboxes.remove']({ id: 'imap-1' });
    expect(left.map((entry) => entry.config.id)).toEqual(['imap-2']);
    expect(Object.keys(document().lastTests)).toEqual(['imap-2']);
    expect([...secretValues.keys()]).toEqual(['imap:imap-2:secret']);
  });

  it('refuses an unknown mailbox', async () => {
    const { handlers } = setup();
    await expect(handlers['mailboxes.remove']({ id: 'nope' })).rejects.toThrow(/no mailbox nope/);
  });
});

describe('mailboxes.list', () => {
  it('tells how the running app reads each mailbox', async () => {
    const watching: MailboxWatch = {
      state: 'watching',
      folders: ['INBOX', 'Junk'],
      lastSyncAt: '2026-11-26T11:59:00.000Z',
      failure: null,
      retryAt: null,
    };
    const { handlers } = setup(undefined, (id) => (id === 'imap-1' ? watching : null));
    await handlers['mailboxes.save']({ config: draft, secret: 'pw' });
    expect((await handlers['mailboxes.list']())[0]?.watch).toEqual(watching);
  });

  it('tells which mailbox has no secret stored', async () => {
    const { handlers, secretValues } = setup();
    await handlers['mailboxes.save']({ config: draft, secret: 'pw' });
    await handlers['mailboxes.save']({ config: second, secret: 'pw2' });
    secretValues.delete('imap:imap-1:secret');
    const listed = await handlers['mailboxes.list']();
    expect(listed.map((entry) => [entry.config.id, entry.hasSecret])).toEqual([
      ['imap-1', false],
      ['imap-2', true],
    ]);
  });
});

describe('noMailboxHandlers', () => {
  it('lists none and refuses to add one, in words', async () => {
    const handlers = noMailboxHandlers(() => translatorFor('en'));
    expect(await handlers['mailboxes.list']()).toEqual([]);
    await expect(handlers['mailboxes.save']({ config: draft, secret: 'pw' })).rejects.toThrow(
      'Mailboxes cannot be added here.',
    );
    await expect(handlers['mailboxes.test']({ id: 'imap-1' })).rejects.toBeInstanceOf(MailboxConfigError);
  });
});
