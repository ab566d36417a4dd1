// Notices through the running app: pasted with the contract's commands, or handed in by the email
// source; one notification per notice, linked to what a report inferred, never resolved by a poll.
import { describe, expect, it } from 'vitest';
import { dispatchCommand } from '../../../main/app/dispatch';
import type { Source } from '../../../main/app/ports';
import { createFlagwatchApp } from '../../../main/app/service';
import { translatorFor } from '../../../main/core/i18n/catalogues';
import { parseNotice, type ParsedNotice } from '../../../main/core/notice/parse-notice';
import type { Snapshot, SourceNotification } from '../../../main/core/schema';
import { createFakeClock } from '../../support/fake-clock';
import { snapshot, sourceNotification, US } from '../../support/fixtures';
import { memoryStores } from '../../support/memory-stores';
import { sampleNotice } from '../core/notice/fixtures';
import { recordingNotifier } from '../../support/recording-notifier';
import { testAppDependencies, turnOffMorningDigest } from '../../support/app-dependencies';

/** An inauthenticity rise the report saw, without ASINs or text from Amazon. */
const inferredRise = sourceNotification({
  group: 'policyCompliance',
  metric: 'productAuthenticityCustomerComplaints',
  key: 'rise:2:2026-11-02',
  title: 'Product authenticity complaints rose to 2',
  severity: 'high',
  occurredAt: '2026-11-02T09:00:00.000Z',
});

function setup(reported: SourceNotification[] = []) {
  const clock = createFakeClock();
  const stores = memoryStores();
  turnOffMorningDigest(stores);
  const state = { reported };
  const source: Source = {
    id: 'test',
    minIntervalMs: 60_000,
    poll: async (): Promise<Snapshot> => snapshot(state.reported, { takenAt: clock.now().toISOString() }),
  };
  const notifier = recordingNotifier();
  const logged: [string, unknown][] = [];
  const logger = {
    info: (message: string, fields?: unknown) => void logged.push([message, fields]),
    warn() {},
    error() {},
  };
  const app = createFlagwatchApp(
    testAppDependencies({ stores, sources: [source], notifier, clock, logger, random: () => 0.5 }),
  );
  const run = (command: string, request: unknown) =>
    dispatchCommand(app.handlers, command, request, translatorFor('en'));
  return {
    app,
    clock,
    stores,
    shown: notifier.shown,
    logged,
    state,
    run,
    notifications: () => stores.inbox().read().notifications,
  };
}

async function parsed(text: string, run: ReturnType<typeof setup>['run']): Promise<ParsedNotice> {
  const answer = await run('notice.parse', { text });
  if (!answer.ok) throw new Error(answer.error.message);
  const value = answer.value as ReturnType<typeof parseNotice>;
  if (!value.ok) throw new Error(value.reason);
  return value.notice;
}

/** A notice as the email source hands it in: parsed from Amazon's mail, for acct-1 in the US. */
function emailedNotice(text: string, subject: string, receivedAt: string) {
  const parsedMail = parseNotice({ text, subject, from: 'seller-performance@amazon.com', receivedAt });
  if (!parsedMail.ok) throw new Error(parsedMail.reason);
  const origin = { kind: 'email' as const, accountId: 'acct-1', marketplaceId: US, receivedAt };
  return { notice: parsedMail.notice, origin };
}

describe('notices in the app', () => {
  it('parses pasted text with notice.parse, saving nothing', async () => {
    const { app, clock, run, notifications } = setup();
    app.start();
    await clock.advance(0);
    const notice = await parsed(sampleNotice('en-inauthentic-listings-removed'), run);
    // Seventeen days from the clock's now, when the text was pasted.
    expect(notice.deadline).toBe('2026-11-19T09:00:00.000Z');
    expect(notifications()).toEqual([]);
    expect(await run('notice.parse', { text: 'Hello there' })).toEqual({
      ok: true,
      value: { ok: false, reason: 'not-a-notice' },
    });
  });

  it('saves a pasted notice, as corrected, once however often it is pasted, without a native notification', async () => {
    const { app, clock, run, shown, notifications } = setup();
    app.start();
    await clock.advance(0);
    const notice = { ...(await parsed(sampleNotice('de-produktfaelschung'), run)), title: 'Angebote deaktiviert' };
    const first = await run('notice.add', { notice, accountId: 'acct-1', marketplaceId: US });
    const second = await run('notice.add', { notice, accountId: 'acct-1', marketplaceId: US });
    expect(first).toMatchObject({ ok: true, value: { created: true, linked: false } });
    expect(second).toEqual({ ok: true, value: { ...(first.ok ? (first.value as object) : {}), created: false } });
    expect(notifications()).toHaveLength(1);
    expect(notifications()[0]).toMatchObject({
      title: 'Angebote deaktiviert',
      asins: ['B0C9XZ4LQ1', 'B0BRW27MN8'],
      source: 'paste',
      status: 'open',
    });
    expect(app.badge().unread).toBe(1);
    expect(shown).toEqual([]);
  });

  it('raises a native notification for a notice from email, and takes the same one pasted as known', async () => {
    const { app, clock, shown, logged, run, notifications } = setup();
    app.start();
    await clock.advance(0);
    const { notice, origin } = emailedNotice(
      `Hello,\n\n${sampleNotice('en-policy-warning-single-paragraph')}\n\nSincerely,\nAmazon`,
      'Policy Warning',
      '2026-11-02T08:30:00.000Z',
    );
    const added = await app.notices.add(notice, origin);
    expect(added).toMatchObject({ created: true, linked: false });
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatchObject({ title: 'Policy Warning', notificationId: added.id });
    expect(logged).toContainEqual(['notice added', { id: added.id, origin: 'email' }]);

    const pasted = await parsed(
      sampleNotice('en-policy-warning-single-paragraph').replace(/ Learn more: \S+/, ''),
      run,
    );
    expect(await run('notice.add', { notice: pasted, accountId: 'acct-1', marketplaceId: US })).toEqual({
      ok: true,
      value: { id: added.id, created: false, linked: false },
    });
    expect(notifications()).toHaveLength(1);
  });

  it('keeps a pasted notice open through the next polls of every source', async () => {
    const { app, clock, run, notifications } = setup([sourceNotification()]);
    app.start();
    await clock.advance(0);
    const notice = await parsed(sampleNotice('ja-shinsei'), run);
    await run('notice.add', { notice, accountId: 'acct-1', marketplaceId: US });
    await app.refreshNow();
    await app.refreshNow();
    expect(notifications().map((n) => [n.source, n.status])).toEqual([
      ['test', 'open'],
      ['paste', 'open'],
    ]);
  });

  it('links a notice to the notification the report inferred, which keeps its enrichment through polls', async () => {
    const { app, clock, logged, run, notifications } = setup([inferredRise]);
    app.start();
    await clock.advance(0);
    const before = notifications()[0]!;
    const notice = await parsed(sampleNotice('en-inauthentic-listings-removed'), run);
    expect(await run('notice.add', { notice, accountId: 'acct-1', marketplaceId: US })).toEqual({
      ok: true,
      value: { id: before.id, created: false, linked: true },
    });
    expect(logged).toContainEqual(['notice linked', { id: before.id, origin: 'paste' }]);
    await app.refreshNow();
    expect(notifications()).toHaveLength(1);
    expect(notifications()[0]).toMatchObject({
      id: before.id,
      title: before.title,
      asins: ['B0C7KQ2M4X', 'B0D1TR88PL', '0306406152'],
      deadline: notice.deadline,
      notice: { origin: 'paste', text: notice.text },
    });
  });

  it('raises no second native notification for an emailed notice linked to what the report inferred', async () => {
    const { app, clock, shown, notifications } = setup([inferredRise]);
    app.start();
    await clock.advance(0);
    const raisedByThePoll = shown.length;
    const { notice, origin } = emailedNotice(
      sampleNotice('en-inauthentic-listings-removed'),
      'Inauthentic listings removed',
      '2026-11-02T09:30:00.000Z',
    );
    expect(await app.notices.add(notice, origin)).toMatchObject({ created: false, linked: true });
    expect(notifications()).toHaveLength(1);
    expect(shown).toHaveLength(raisedByThePoll);
  });

  it('refuses an account or marketplace it does not know, saving nothing', async () => {
    const { app, clock, run, notifications } = setup();
    app.start();
    await clock.advance(0);
    const notice = await parsed(sampleNotice('ja-shinsei'), run);
    const answer = await run('notice.add', { notice, accountId: 'acct-1', marketplaceId: 'A1PA6795UKMFR9' });
    expect(answer).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'Account acct-1 has no marketplace A1PA6795UKMFR9 in Flagwatch.' },
    });
    expect(notifications()).toEqual([]);
  });

  it('refuses corrected fields that are not valid: a bad ASIN, a link elsewhere', async () => {
    const { app, clock, run } = setup();
    app.start();
    await clock.advance(0);
    const notice = await parsed(sampleNotice('ja-shinsei'), run);
    for (const bad of [{ asins: ['b0lower123'] }, { links: ['https://example.com/'] }, { title: ' ' }]) {
      const answer = await run('notice.add', { notice: { ...notice, ...bad }, accountId: 'acct-1', marketplaceId: US });
      expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    }
  });
});
