import { describe, expect, it } from 'vitest';
import { createSupportHandlers } from '../../../../main/app/commands/support';
import { NotFoundError } from '../../../../main/app/dispatch';
import { translatorFor } from '../../../../main/core/i18n/catalogues';
import type { Appeal } from '../../../../main/core/appeal/appeal-schema';
import type { Account, PerformanceNotification } from '../../../../main/core/schema';
import { account, DE, inboxItem } from '../../../support/fixtures';
import { createFakeClock } from '../../../support/fake-clock';
import { memoryStores } from '../../../support/memory-stores';
import { appeal, attempt } from '../../core/appeal/fixtures';

const notification = inboxItem({ marketplaceId: DE, title: 'Product authenticity complaint', asins: ['B0TEST1234'] });

interface SetUpOptions {
  repeatDays?: number;
  /** Appeals stored besides the two about `notification`. */
  moreAppeals?: Appeal[];
  notifications?: PerformanceNotification[];
  accounts?: Account[];
  /** Leaves the contact ids to their default. */
  defaultIds?: boolean;
}

function setUp(repeatDays = 7, options: SetUpOptions = {}) {
  const stores = memoryStores();
  const clock = createFakeClock(new Date('2026-11-10T12:00:00.000Z'));
  stores.appeals().write({
    appeals: [
      appeal({ id: 'old', notificationId: notification.id, updatedAt: '2026-11-01T00:00:00.000Z' }),
      appeal({
        id: 'new',
        notificationId: notification.id,
        updatedAt: '2026-11-05T00:00:00.000Z',
        attempts: [attempt(), attempt({ channel: 'account-health' })],
      }),
      ...(options.moreAppeals ?? []),
    ],
  });
  let n = 0;
  const handlers = createSupportHandlers({
    stores,
    inbox: {
      inbox: () => ({
        notifications: options.notifications ?? [notification],
        accounts: options.accounts ?? [account()],
        lastSuccessAt: null,
      }),
    },
    clock,
    settings: () => ({ supportRepeatDays: repeatDays }),
    translator: () => translatorFor('en', { timeZone: 'UTC' }),
    ...(options.defaultIds ? {} : { newId: () => `c${++n}` }),
  });
  return { handlers, stores, clock };
}

const contact = {
  at: '2026-11-10T12:00:00.000Z',
  channel: 'chat' as const,
  caseId: ' 1234567890 ',
  note: ' Asked for the invoices. ',
  notificationId: notification.id,
  confirmed: false,
};

describe('support.caseSummary', () => {
  it('sums up the notification with its newest appeal', () => {
    const { handlers } = setUp();
    const { text } = handlers['support.caseSummary']({ notificationId: notification.id }) as { text: string };
    expect(text).toContain('Account: Bluefin Outdoor Supply');
    expect(text).toContain('Marketplace: Germany (DE)');
    expect(text).toContain('Appeal attempts so far: 2 of 2');
  });

  it('starts from an appeal, finding its notification', () => {
    const { handlers } = setUp();
    const { text } = handlers['support.caseSummary']({ appealId: 'old' }) as { text: string };
    expect(text).toContain('Notification: Product authenticity complaint');
    expect(text).toContain('Appeal attempts so far: 0 of 2');
  });

  it('takes the newest appeal about that notification, not a newer one about another', () => {
    const other = appeal({ id: 'other', notificationId: 'n-other', updatedAt: '2026-11-09T00:00:00.000Z' });
    const { handlers } = setUp(7, { moreAppeals: [other] });
    const { text } = handlers['support.caseSummary']({ notificationId: notification.id }) as { text: string };
    expect(text).toContain('Appeal attempts so far: 2 of 2');
  });

  it('sums up an appeal whose notification has left the inbox, with the appeal’s account', () => {
    const orphan = appeal({ id: 'orphan', notificationId: 'n-gone', accountId: 'acct-1' });
    const { handlers } = setUp(7, { moreAppeals: [orphan] });
    const { text } = handlers['support.caseSummary']({ appealId: 'orphan' }) as { text: string };
    expect(text).toContain('Account: Bluefin Outdoor Supply');
    expect(text).not.toContain('Notification:');
  });

  it('names the account the notification belongs to among several', () => {
    const second = account({ id: 'acct-2', name: 'Harbor Goods' });
    const theirs = inboxItem({ accountId: 'acct-2', key: 'theirs', title: 'Listing removed' });
    const { handlers } = setUp(7, { notifications: [notification, theirs], accounts: [account(), second] });
    const { text } = handlers['support.caseSummary']({ notificationId: theirs.id }) as { text: string };
    expect(text).toContain('Account: Harbor Goods');
  });

  it('falls back to the account id when the account is no longer listed', () => {
    const { handlers } = setUp(7, { accounts: [] });
    const { text } = handlers['support.caseSummary']({ notificationId: notification.id }) as { text: string };
    expect(text).toContain('Account: acct-1');
  });

  it('lists only the earlier contacts about that notification', () => {
    const { handlers } = setUp();
    handlers['support.recordContact']({ ...contact, caseId: '111' });
    handlers['support.recordContact']({ ...contact, caseId: '222', notificationId: null });
    const { text } = handlers['support.caseSummary']({ notificationId: notification.id }) as { text: string };
    expect(text).toContain('Earlier contacts with Seller Support:');
    expect(text).toContain('case 111');
    expect(text).not.toContain('case 222');
  });

  it('sums up nothing in particular when asked about neither a notification nor an appeal', () => {
    const loose = appeal({ id: 'loose', notificationId: null, updatedAt: '2026-11-09T00:00:00.000Z' });
    const { handlers } = setUp(7, { moreAppeals: [loose] });
    handlers['support.recordContact']({ ...contact, caseId: '333', notificationId: null });
    const { text } = handlers['support.caseSummary']({}) as { text: string };
    expect(text).toContain('No appeal written in Flagwatch yet.');
    expect(text).not.toContain('case 333');
  });

  it('refuses a notification or appeal it does not have', () => {
    const { handlers } = setUp();
    expect(() => handlers['support.caseSummary']({ notificationId: 'gone' })).toThrow(NotFoundError);
    expect(() => handlers['support.caseSummary']({ appealId: 'gone' })).toThrow(NotFoundError);
  });
});

describe('support.recordContact', () => {
  it('records a first contact with the notification’s account and marketplace', () => {
    const { handlers, stores } = setUp();
    const answer = handlers['support.recordContact'](contact);
    expect(answer).toMatchObject({ recorded: true, repeatOf: null });
    expect(stores.supportContacts().read().contacts).toEqual([
      {
        id: 'c1',
        at: contact.at,
        channel: 'chat',
        caseId: '1234567890',
        note: 'Asked for the invoices.',
        notificationId: notification.id,
        accountId: 'acct-1',
        marketplaceId: DE,
      },
    ]);
  });

  it('gives a new contact an id of its own without being handed one', () => {
    const { handlers, stores } = setUp(7, { defaultIds: true });
    handlers['support.recordContact']({ ...contact, notificationId: null });
    handlers['support.recordContact']({ ...contact, notificationId: null });
    const ids = stores
      .supportContacts()
      .read()
      .contacts.map((c) => c.id);
    expect(ids).toEqual([expect.stringMatching(/^contact-.+/), expect.stringMatching(/^contact-.+/)]);
    expect(new Set(ids).size).toBe(2);
  });

  it('holds back a repeat within the configured days until confirmed', () => {
    const { handlers, stores } = setUp(3);
    handlers['support.recordContact'](contact);
    const warned = handlers['support.recordContact']({ ...contact, channel: 'phone' });
    expect(warned).toMatchObject({ recorded: false, repeatOf: { id: 'c1' } });
    expect(stores.supportContacts().read().contacts).toHaveLength(1);
    const confirmed = handlers['support.recordContact']({ ...contact, channel: 'phone', confirmed: true });
    expect(confirmed).toMatchObject({ recorded: true, repeatOf: { id: 'c1' } });
    expect(stores.supportContacts().read().contacts).toHaveLength(2);
  });

  it('does not warn once the configured days have passed', async () => {
    const { handlers, clock } = setUp(3);
    handlers['support.recordContact'](contact);
    await clock.advance(3 * 24 * 60 * 60 * 1000);
    expect(handlers['support.recordContact']({ ...contact, at: clock.now().toISOString() })).toMatchObject({
      recorded: true,
      repeatOf: null,
    });
  });

  it('never warns about a contact about no notification', () => {
    const { handlers } = setUp();
    handlers['support.recordContact']({ ...contact, notificationId: null });
    expect(handlers['support.recordContact']({ ...contact, notificationId: null })).toMatchObject({ recorded: true });
  });

  it('lists contacts newest first', () => {
    const { handlers } = setUp();
    handlers['support.recordContact']({ ...contact, at: '2026-11-01T00:00:00.000Z', notificationId: null });
    handlers['support.recordContact']({ ...contact, at: '2026-11-09T00:00:00.000Z', notificationId: null });
    expect((handlers['support.contacts']({}) as { at: string }[]).map((c) => c.at)).toEqual([
      '2026-11-09T00:00:00.000Z',
      '2026-11-01T00:00:00.000Z',
    ]);
  });
});
