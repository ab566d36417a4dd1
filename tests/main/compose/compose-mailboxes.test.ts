// The mailboxes in the composed app: saved through the contract's commands, read while the app
// runs and not before, their failure shown with the mailbox (here a closed loopback port), the
// window told of each change, and a removed mailbox stopped with its reading progress forgotten.
import { existsSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { memorySecrets } from '../../../main/adapters/secrets/memory-secrets';
import { systemClock } from '../../../main/adapters/clock/system-clock';
import { composeApp } from '../../../main/compose/compose-app';
import { quietHostParts } from '../../support/host-parts';

let dataDir: string;
beforeEach(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'flagwatch-compose-mail-'));
});
afterEach(() => rm(dataDir, { recursive: true, force: true }));

const secrets = memorySecrets();
const parts = () => quietHostParts({ clock: systemClock, secrets });

// Port 9 on loopback: nothing listens there, and nothing here may reach a real server.
const closedPort = {
  host: '127.0.0.1',
  port: 9,
  security: 'tls' as const,
  signIn: 'password' as const,
  user: 'seller@example.com',
  inboxFolder: 'INBOX',
  watchSpam: true,
  spamFolder: null,
  accountId: 'acc1',
  marketplaceId: 'ATVPDKIKX0DER',
};

async function until<T>(read: () => T | Promise<T>, done: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 5_000;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('composeApp with mailboxes', () => {
  it('reads a saved mailbox while running, shows why it fails, and stops and forgets it when removed', async () => {
    const app = composeApp({ dataDir, source: 'none' }, parts());
    let changes = 0;
    app.on('mailboxes.changed', () => (changes += 1));
    const saved = await app.handlers['mailboxes.save']({ config: closedPort, secret: 'app-password' });
    // Not running yet: saved, not read.
    expect((await app.handlers['mailboxes.list']({}))[0]?.watch).toBeNull();

    app.start();
    const [entry] = await until(
      () => app.handlers['mailboxes.list']({}),
      (list) => list[0]?.watch?.state === 'failing',
    );
    expect(entry?.watch).toMatchObject({ state: 'failing', failure: 'unreachable', lastSyncAt: null });
    expect(entry?.hasSecret).toBe(true);
    expect(changes).toBeGreaterThan(0);
    // The tray says so too, and stops saying it once the mailbox is gone.
    expect(app.badge()).toMatchObject({
      state: 'error',
      tooltip: expect.stringContaining(`Cannot read ${closedPort.user}`),
    });

    // A progress file as a reading leaves one; removing the mailbox takes it away.
    const stateFile = path.join(dataDir, `email-state-${saved.id}.json`);
    writeFileSync(stateFile, '{}');
    expect(await app.handlers['mailboxes.remove']({ id: saved.id })).toEqual([]);
    expect(existsSync(stateFile)).toBe(false);
    expect(await secrets.get(`imap:${saved.id}:secret`)).toBeUndefined();
    expect(app.badge().state).toBe('idle');
    await app.stop();
  });

  it('starts a mailbox saved again over, with its new settings', async () => {
    const app = composeApp({ dataDir, source: 'none' }, parts());
    app.start();
    const saved = await app.handlers['mailboxes.save']({ config: closedPort, secret: 'app-password' });
    await until(
      () => app.handlers['mailboxes.list']({}),
      (list) => list[0]?.watch?.state === 'failing',
    );
    await app.handlers['mailboxes.save']({ config: { ...closedPort, id: saved.id, inboxFolder: 'Amazon' } });
    const [entry] = await app.handlers['mailboxes.list']({});
    expect(entry?.config.inboxFolder).toBe('Amazon');
    // A fresh watch: the old one's failure is not the new one's.
    expect(entry?.watch).toMatchObject({ state: 'starting', failure: null });
    await app.stop();
  });

  it('reads no mailbox when never started (flagwatch check)', async () => {
    const app = composeApp({ dataDir, source: 'none' }, parts());
    await app.handlers['mailboxes.save']({ config: closedPort, secret: 'app-password' });
    await app.refreshNow();
    expect((await app.handlers['mailboxes.list']({}))[0]?.watch).toBeNull();
    await app.stop();
  });
});
