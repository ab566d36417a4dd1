import { describe, expect, it } from 'vitest';
import { createSupportHandlers } from '../../../../main/app/commands/support';
import { NotFoundError } from '../../../../main/app/dispatch';
import { translatorFor } from '../../../../main/core/i18n/catalogues';
import { account, DE, inboxItem } from '../../../support/fixtures';
import { createFakeClock } from '../../../support/fake-clock';
import { memoryStores } from '../../../support/memory-stores';
import { appeal, attempt } from '../../core/appeal/fixtures';

const notification = inboxItem({ marketplaceId: DE, title: 'Product authenticity complaint', asins: ['B0TEST1234'] });

function setUp(repeatDays = 7) {
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
    ],
  });
  let n = 0;
  const handlers = createSupportHandlers({
    stores,
    inbox: { inbox: () => ({ notifications: [notification], accounts: [account()], lastSuccessAt: null }) },
    clock,
    settings: () => ({ supportRepeatDays: repeatDays }),
    translator: () => translatorFor('en', { timeZone: 'UTC' }),
    newId: () => `c${++n}`,
  });
  return { handlers, stores, clock };
}

const contact = {
  at: '2026-11-10T12:00:00.000Z',
  channel: 'chat' as const,
  caseId: ' 1234567890 ',
  note: 'Asked for the invoices.',
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
