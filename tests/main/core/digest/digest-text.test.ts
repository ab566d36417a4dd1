import { describe, expect, it } from 'vitest';
import { digestNotification } from '../../../../main/core/digest/digest-text';
import type { DigestSummary } from '../../../../main/core/digest/digest-summary';
import { translatorFor } from '../../../../main/core/i18n/catalogues';
import { account, DE, US } from '../../../support/fixtures';

const en = translatorFor('en');
const zh = translatorFor('zh-CN');
const accounts = [account(), account({ id: 'acct-2', name: 'Nordlicht Haus', marketplaceIds: [DE] })];

const allClear: DigestSummary = {
  generatedAt: '2026-11-02T09:00:00.000Z',
  groups: [],
  mostUrgent: null,
  nearTarget: [],
  awaitingAnswer: [],
  allClear: true,
};

const busy: DigestSummary = {
  ...allClear,
  groups: [
    { group: 'customerService', open: 1, unread: 1 },
    { group: 'policyCompliance', open: 3, unread: 2 },
  ],
  mostUrgent: {
    id: 'n_1',
    title: 'Product authenticity complaint',
    group: 'policyCompliance',
    accountId: 'acct-2',
    marketplaceId: DE,
    deadline: '2026-11-05T09:00:00.000Z',
    msLeft: 72 * 3_600_000,
  },
  nearTarget: [
    {
      accountId: 'acct-1',
      marketplaceId: US,
      metric: 'orderDefectRate.mfn',
      unit: 'rate',
      value: 0.0085,
      target: { value: 0.01, condition: 'LESS_THAN' },
      headroom: 0.0015,
      roomLeft: 0.15,
    },
  ],
  awaitingAnswer: [
    { id: 'a', title: 'x', accountId: null, marketplaceId: null, submittedAt: '2026-11-01T10:00:00.000Z' },
    { id: 'b', title: 'y', accountId: null, marketplaceId: null, submittedAt: '2026-11-01T11:00:00.000Z' },
  ],
  allClear: false,
};

describe('digestNotification', () => {
  it('says all clear calmly, and opens the Today view', () => {
    expect(digestNotification(allClear, accounts, en)).toEqual({
      title: 'All clear',
      body: 'No performance notification is open and no appeal is waiting for Amazon.',
      urgency: 'normal',
      notificationId: null,
      opens: 'today',
    });
  });

  it('sums up what is open by group, the most urgent deadline, what is close to target and what waits', () => {
    const { title, body, urgency } = digestNotification(busy, accounts, en);
    expect(title).toBe('4 open performance notifications, 3 unread');
    expect(body.split('\n')).toEqual([
      'Customer Service Performance: 1 open, 1 unread',
      'Policy Compliance: 3 open, 2 unread',
      'Most urgent: Product authenticity complaint (Nordlicht Haus · DE), due in 3 d',
      'Close to target: Order Defect Rate (seller-fulfilled) 0.85%, target under 1%, 0.15% to spare (Bluefin Outdoor Supply · US)',
      "2 appeals are waiting for Amazon's answer",
    ]);
    // A summary is never alarming: critical items have had their own notification.
    expect(urgency).toBe('normal');
  });

  it('shows at most three metrics close to target, then how many more', () => {
    const [m] = busy.nearTarget;
    const five = { ...busy, nearTarget: Array.from({ length: 5 }, () => m!) };
    const lines = digestNotification(five, accounts, en).body.split('\n');
    expect(lines.filter((l) => l.startsWith('Close to target'))).toHaveLength(3);
    expect(lines).toContain('and 2 more metrics close to target');
  });

  it('lists exactly three metrics close to target without a line for more', () => {
    const [m] = busy.nearTarget;
    const three = { ...busy, nearTarget: Array.from({ length: 3 }, () => m!) };
    const lines = digestNotification(three, accounts, en).body.split('\n');
    expect(lines.filter((l) => l.startsWith('Close to target'))).toHaveLength(3);
    expect(lines.some((l) => l.includes('more metrics'))).toBe(false);
  });

  it('names an account it no longer knows by its id', () => {
    const unknown = { ...busy, mostUrgent: { ...busy.mostUrgent!, accountId: 'acct-gone' } };
    const lines = digestNotification(unknown, accounts, en).body.split('\n');
    expect(lines).toContain('Most urgent: Product authenticity complaint (acct-gone · DE), due in 3 d');
  });

  it('speaks Simplified Chinese with Seller Central’s terms', () => {
    const { title, body } = digestNotification(busy, accounts, zh);
    expect(title).toBe('4 条绩效通知未处理，3 条未读');
    expect(body.split('\n')[0]).toBe('客户服务绩效：1 条未处理，1 条未读');
    expect(body).toContain('2 份申诉正在等待亚马逊答复');
    expect(digestNotification(allClear, accounts, zh).title).toBe('一切正常');
  });
});
