import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../../../main/core/i18n/catalogues';
import { caseSummary } from '../../../../main/core/support/case-summary';
import { DE, inboxItem } from '../../../support/fixtures';
import { appeal, attempt, content } from '../appeal/fixtures';

const en = translatorFor('en', { timeZone: 'UTC' });
const zh = translatorFor('zh-CN', { timeZone: 'UTC' });

const notification = inboxItem({
  marketplaceId: DE,
  title: 'Product authenticity complaint',
  asins: ['B0TEST1234', 'B0TEST5678'],
  policy: 'Anti-Counterfeiting',
  occurredAt: '2026-11-01T08:00:00.000Z',
  deadline: '2026-11-18T08:00:00.000Z',
});
const written = appeal({
  marketplaceId: DE,
  versions: [
    {
      n: 1,
      savedAt: '2026-11-02T09:00:00.000Z',
      content: content({
        actions: [
          { id: 'a1', text: 'Removed the listing', date: '2026-11-02', owner: '', evidence: '', rootCauseId: null },
          { id: 'a2', text: '  ', date: '', owner: '', evidence: '', rootCauseId: null },
        ],
      }),
    },
  ],
  attempts: [
    attempt({ at: '2026-11-03T09:00:00.000Z', answer: { kind: 'rejected', text: '', at: '2026-11-05T09:00:00.000Z' } }),
    attempt({ at: '2026-11-06T09:00:00.000Z', channel: 'account-health' }),
  ],
});

describe('caseSummary', () => {
  it('says everything Support asks for, ready to paste', () => {
    const text = caseSummary(
      {
        notification,
        accountName: 'Bluefin Outdoor Supply',
        appeal: written,
        contacts: [
          {
            id: 'c1',
            at: '2026-11-07T09:00:00.000Z',
            channel: 'chat',
            caseId: '1234567890',
            note: '',
            notificationId: notification.id,
            accountId: 'acct-1',
            marketplaceId: DE,
          },
        ],
      },
      en,
    );
    expect(text).toBe(
      [
        'Case summary for Seller Support',
        'Account: Bluefin Outdoor Supply',
        'Marketplace: Germany (DE)',
        'Notification: Product authenticity complaint',
        'Policy: Anti-Counterfeiting',
        'ASINs: B0TEST1234, B0TEST5678',
        'Received: Nov 1, 2026, 8:00 AM',
        'Deadline: Nov 18, 2026, 8:00 AM',
        'Appeal attempts so far: 2 of 2',
        '  Attempt 1, Nov 3, 2026 · The notification’s Appeal button: Rejected (Nov 5, 2026)',
        '  Attempt 2, Nov 6, 2026 · Account Health: no answer yet',
        'What was done:',
        '  - Removed the listing (2026-11-02)',
        'Earlier contacts with Seller Support:',
        '  - Nov 7, 2026 · Chat · case 1234567890',
      ].join('\n'),
    );
  });

  it('says when no appeal was written, and leaves out what is unknown', () => {
    const text = caseSummary({ notification, accountName: null, appeal: null, contacts: [] }, en);
    expect(text).toContain('No appeal written in Flagwatch yet.');
    expect(text).toContain('Account: acct-1');
    expect(text).not.toContain('Earlier contacts');
  });

  it('speaks Chinese and keeps Amazon’s title as written', () => {
    const text = caseSummary({ notification, accountName: 'Bluefin', appeal: null, contacts: [] }, zh);
    expect(text).toContain('商城：德国（DE）');
    expect(text).toContain('通知：Product authenticity complaint');
  });
});
