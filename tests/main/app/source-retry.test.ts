// Each account's status through the app service and the contract: one failing account named in the
// status with its own message, and `poll.refresh` retrying only that account.
import { describe, expect, it } from 'vitest';
import { dispatchCommand } from '../../../main/app/dispatch';
import type { Source } from '../../../main/app/ports';
import type { Snapshot } from '../../../main/core/schema';
import { createFlagwatchApp } from '../../../main/app/service';
import { translatorFor } from '../../../main/core/i18n/catalogues';
import type { Status } from '../../../preload/contract';
import { createFakeClock, type FakeClock } from '../../support/fake-clock';
import { account, snapshot, sourceNotification } from '../../support/fixtures';
import { memoryStores } from '../../support/memory-stores';
import { testAppDependencies, turnOffMorningDigest } from '../../support/app-dependencies';

const minute = 60_000;
const en = translatorFor('en');

function accountSource(clock: FakeClock, id: string, name: string) {
  const source = {
    id: `spapi:${id}`,
    minIntervalMs: minute,
    account: { id, name },
    polls: 0,
    failing: null as string | null,
    async poll(): Promise<Snapshot> {
      source.polls++;
      if (source.failing !== null) throw new Error(source.failing);
      const notice = sourceNotification({ accountId: id, key: `k-${id}` });
      return snapshot([notice], {
        source: source.id,
        accounts: [account({ id, name, source: source.id })],
        takenAt: clock.now().toISOString(),
      });
    },
  } satisfies Source & Record<string, unknown>;
  return source;
}

function setup() {
  const clock = createFakeClock();
  const healthy = accountSource(clock, 'acct-na', 'Bluefin (NA)');
  const failing = accountSource(clock, 'acct-eu', 'Bluefin (EU)');
  failing.failing = 'Bluefin (EU): the client secret and refresh token are not saved; add them in Accounts';
  const stores = memoryStores();
  turnOffMorningDigest(stores);
  const app = createFlagwatchApp(
    testAppDependencies({
      stores,
      sources: [healthy, failing],
      clock,
      random: () => 0,
    }),
  );
  const refresh = (request: unknown) => dispatchCommand(app.handlers, 'poll.refresh', request, en);
  return { app, clock, healthy, failing, refresh };
}

describe('each account in the status', () => {
  it('names the failing account with its own message, and the healthy one without an error', async () => {
    const { app, clock } = setup();
    app.start();
    await clock.advance(0);
    const status = app.status();
    expect(status.state).toBe('error');
    expect(status.sources.map(({ id, label, accountId, error }) => ({ id, label, accountId, error }))).toEqual([
      { id: 'spapi:acct-na', label: 'Bluefin (NA)', accountId: 'acct-na', error: null },
      {
        id: 'spapi:acct-eu',
        label: 'Bluefin (EU)',
        accountId: 'acct-eu',
        error: 'Bluefin (EU): the client secret and refresh token are not saved; add them in Accounts',
      },
    ]);
    await app.stop();
  });

  it('retries only the account named, and answers the status after it', async () => {
    const { app, clock, healthy, failing, refresh } = setup();
    app.start();
    await clock.advance(0);
    failing.failing = null;
    const answer = await refresh({ source: 'spapi:acct-eu' });
    expect(answer.ok).toBe(true);
    const status = (answer as { value: Status }).value;
    expect(status.state).toBe('active');
    expect(status.sources.every((s) => s.error === null)).toBe(true);
    expect([healthy.polls, failing.polls]).toEqual([1, 2]);
    await app.stop();
  });

  it('still checks every account for a request without one, as before', async () => {
    const { app, clock, healthy, failing, refresh } = setup();
    app.start();
    await clock.advance(0);
    expect((await refresh({})).ok).toBe(true);
    expect([healthy.polls, failing.polls]).toEqual([2, 2]);
    await app.stop();
  });

  it('answers not-found for an account it does not check, and checks nothing', async () => {
    const { app, clock, healthy, failing, refresh } = setup();
    app.start();
    await clock.advance(0);
    expect(await refresh({ source: 'spapi:removed' })).toEqual({
      ok: false,
      error: {
        code: 'not-found',
        message: 'No checked account or source has the id spapi:removed: it may have been removed.',
      },
    });
    expect([healthy.polls, failing.polls]).toEqual([1, 1]);
    await app.stop();
  });

  it('refuses a request with anything else in it, or an empty source', async () => {
    const { refresh } = setup();
    expect(await refresh({ source: 'spapi:acct-eu', all: true })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    expect(await refresh({ source: '' })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await refresh({ source: 42 })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });
});
