// The running app's mailbox reading, with stand-in sources that record when they watch and
// stop: one watch per saved mailbox once started, a changed or re-saved mailbox starts over, a
// removed one stops, `stop` waits for each watch to end, and what a source reports is what the
// window is shown.
import { describe, expect, it } from 'vitest';
import type { MailboxConfig } from '../../../main/core/mailbox/mailbox-config';
import { createMailboxWatchers, type WatchReports } from '../../../main/compose/mailbox-watchers';
import { mailboxConfig } from '../../support/mailbox-config';

const mailbox = (id: string, overrides: Partial<MailboxConfig> = {}): MailboxConfig =>
  mailboxConfig({ id, user: `${id}@example.com`, accountId: 'acc1', ...overrides });

function setup(initial: MailboxConfig[]) {
  let saved = initial;
  const log: string[] = [];
  const reports = new Map<string, WatchReports>();
  let changes = 0;
  const errors: unknown[] = [];
  const watchers = createMailboxWatchers({
    mailboxes: () => saved,
    open(config, report) {
      reports.set(config.id, report);
      return {
        watch: (signal) =>
          new Promise<void>((resolve) => {
            log.push(`watch ${config.id} ${config.port}`);
            // A source signs off a moment after it is asked to stop.
            signal.addEventListener('abort', () =>
              setTimeout(() => {
                log.push(`stopped ${config.id}`);
                resolve();
              }, 5),
            );
          }),
      };
    },
    logger: { info() {}, warn() {}, error: (_m, fields) => errors.push(fields) },
    changed: () => void (changes += 1),
  });
  return {
    watchers,
    log,
    report: (id: string) => reports.get(id)!,
    save: (next: MailboxConfig[]) => (saved = next),
    changes: () => changes,
    errors,
  };
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('mailbox watchers', () => {
  it('watch nothing until started, then one watch per saved mailbox', async () => {
    const { watchers, log } = setup([mailbox('a'), mailbox('b')]);
    await watchers.refresh();
    expect(log).toEqual([]);
    expect(watchers.watchOf('a')).toBeNull();
    watchers.start();
    await settled();
    expect(log).toEqual(['watch a 993', 'watch b 993']);
    expect(watchers.watchOf('a')).toMatchObject({ state: 'starting', lastSyncAt: null });
    await watchers.stop();
  });

  it('start a newly saved mailbox and leave the others undisturbed', async () => {
    const { watchers, log, save } = setup([mailbox('a')]);
    watchers.start();
    save([mailbox('a'), mailbox('b')]);
    await watchers.refresh('b');
    expect(log).toEqual(['watch a 993', 'watch b 993']);
    await watchers.stop();
  });

  it('start a changed mailbox over, after its old watch has signed off', async () => {
    const { watchers, log, save } = setup([mailbox('a'), mailbox('b')]);
    watchers.start();
    save([mailbox('a', { port: 143, security: 'starttls' }), mailbox('b')]);
    await watchers.refresh();
    expect(log).toEqual(['watch a 993', 'watch b 993', 'stopped a', 'watch a 143']);
    await watchers.stop();
  });

  it('start a mailbox saved unchanged over too: its secret may be new', async () => {
    const { watchers, log } = setup([mailbox('a')]);
    watchers.start();
    await watchers.refresh('a');
    expect(log).toEqual(['watch a 993', 'stopped a', 'watch a 993']);
    await watchers.stop();
  });

  it('stop a removed mailbox', async () => {
    const { watchers, log, save } = setup([mailbox('a'), mailbox('b')]);
    watchers.start();
    save([mailbox('b')]);
    await watchers.refresh();
    expect(log).toEqual(['watch a 993', 'watch b 993', 'stopped a']);
    expect(watchers.watchOf('a')).toBeNull();
    await watchers.stop();
  });

  it('wait for every watch to end when stopped, and start nothing on a later refresh', async () => {
    const { watchers, log, save } = setup([mailbox('a'), mailbox('b')]);
    watchers.start();
    await watchers.stop();
    expect(log.slice(2).sort()).toEqual(['stopped a', 'stopped b']);
    save([mailbox('a'), mailbox('b'), mailbox('c')]);
    await watchers.refresh();
    expect(log).toHaveLength(4);
  });

  it('keep what the source reports: watching, when it last read, and why it fails', async () => {
    const { watchers, report, changes } = setup([mailbox('a')]);
    watchers.start();
    await settled();
    const before = changes();
    report('a').onStatus({ state: 'watching', at: '2026-11-26T10:00:00.000Z', folders: ['INBOX', 'Junk'] });
    report('a').onSynced(
      { folder: 'INBOX', read: 1, notices: 1, repeated: 0, rescanned: false },
      '2026-11-26T10:00:02.000Z',
    );
    expect(watchers.watchOf('a')).toEqual({
      state: 'watching',
      folders: ['INBOX', 'Junk'],
      lastSyncAt: '2026-11-26T10:00:02.000Z',
      failure: null,
      retryAt: null,
    });
    report('a').onStatus({ state: 'failing', at: '2026-11-26T10:05:00.000Z', kind: 'sign-in', retryInMs: 5_000 });
    expect(watchers.watchOf('a')).toMatchObject({
      state: 'failing',
      failure: 'sign-in',
      retryAt: '2026-11-26T10:05:05.000Z',
      lastSyncAt: '2026-11-26T10:00:02.000Z',
    });
    expect(changes() - before).toBe(3);
    await watchers.stop();
  });

  it('list each mailbox being read with how it is doing, and no removed one', async () => {
    const { watchers, report, save } = setup([mailbox('a'), mailbox('b')]);
    expect(watchers.watched()).toEqual([]);
    watchers.start();
    await settled();
    report('b').onStatus({ state: 'failing', at: '2026-11-26T10:05:00.000Z', kind: 'timeout', retryInMs: 5_000 });
    expect(watchers.watched().map(({ config, watch }) => [config.id, watch.state])).toEqual([
      ['a', 'starting'],
      ['b', 'failing'],
    ]);
    save([mailbox('b')]);
    await watchers.refresh();
    expect(watchers.watched()).toEqual([{ config: mailbox('b'), watch: watchers.watchOf('b') }]);
    await watchers.stop();
    expect(watchers.watched()).toEqual([]);
  });

  it('ignore what a stopped watch still reports', async () => {
    const { watchers, report, save } = setup([mailbox('a')]);
    watchers.start();
    await settled();
    const old = report('a');
    save([mailbox('a', { port: 143 })]);
    await watchers.refresh();
    old.onStatus({ state: 'failing', at: '2026-11-26T10:05:00.000Z', kind: 'dropped', retryInMs: 5_000 });
    expect(watchers.watchOf('a')).toMatchObject({ state: 'starting', failure: null });
    await watchers.stop();
  });
});
