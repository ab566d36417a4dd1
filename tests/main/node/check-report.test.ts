import { describe, expect, it } from 'vitest';
import { badgeModel } from '../../../main/core/badge';
import { translatorFor } from '../../../main/core/i18n/catalogues';
import type { PerformanceNotification } from '../../../main/core/schema';
import { checkReport, formatCheckReport } from '../../../main/node/check-report';
import { account, DE, inboxItem } from '../../support/fixtures';

const now = new Date('2026-11-02T09:00:00.000Z');
const accounts = [account()];
// UTC, so the deadlines printed do not depend on where the tests run.
const en = translatorFor('en', { timeZone: 'UTC' });
const zh = translatorFor('zh-CN', { timeZone: 'Asia/Shanghai' });

function viewOf(notifications: PerformanceNotification[]) {
  return { notifications, accounts, badge: badgeModel({ notifications, connectivity: 'ok', now, t: en }) };
}

const lsr = inboxItem();
const odr = inboxItem({
  group: 'customerService',
  metric: 'orderDefectRate.mfn',
  key: 'odr',
  title: 'Order Defect Rate above target',
  severity: 'high',
});
const ip = inboxItem({
  group: 'policyCompliance',
  metric: 'receivedIntellectualPropertyComplaints',
  key: 'ip',
  title: 'Intellectual property complaint',
  severity: 'critical',
  marketplaceId: DE,
  deadline: '2026-11-05T11:30:00.000+02:00',
});
const ipRead = inboxItem({
  group: 'policyCompliance',
  metric: 'listingPolicyViolations',
  key: 'lp',
  title: 'Listing policy violation',
  severity: 'warning',
  read: true,
});
const resolved = inboxItem({
  key: 'old',
  title: 'Resolved long ago',
  status: 'resolved',
  resolvedAt: '2026-11-01T10:00:00.000Z',
});
const snoozed = inboxItem({ key: 'later', title: 'Snoozed for now', snoozedUntil: '2026-11-03T00:00:00.000Z' });

describe('checkReport', () => {
  it('lists every metric group in Seller Central order with its open notifications, most urgent first', () => {
    const report = checkReport(viewOf([lsr, ipRead, odr, ip, resolved, snoozed]), now, en);
    expect(report.groups.map((g) => [g.group, g.label, g.unread, g.notifications.map((n) => n.title)])).toEqual([
      ['customerService', 'Customer Service Performance', 1, ['Order Defect Rate above target']],
      ['policyCompliance', 'Policy Compliance', 1, ['Intellectual property complaint', 'Listing policy violation']],
      ['shipping', 'Shipping Performance', 1, ['Late Shipment Rate above target']],
      ['account', 'Account', 0, []],
    ]);
    expect(report.badge.unread).toBe(3);
  });
});

describe('formatCheckReport', () => {
  it('prints the unread total, a heading per group with counts, and one line per notification', () => {
    const report = checkReport(viewOf([lsr, ipRead, odr, ip]), now, en);
    expect(formatCheckReport(report, accounts, now, en).split('\n')).toEqual([
      '3 unread performance notifications.',
      '',
      'Customer Service Performance: 1 open, 1 unread',
      '  * HIGH      Order Defect Rate above target · Bluefin Outdoor Supply · US · no deadline',
      '',
      'Policy Compliance: 2 open, 1 unread',
      '  * CRITICAL  Intellectual property complaint · Bluefin Outdoor Supply · DE · due in 3 d (Nov 5, 2026, 9:30 AM)',
      '    WARNING   Listing policy violation · Bluefin Outdoor Supply · US · no deadline',
      '',
      'Shipping Performance: 1 open, 1 unread',
      '  * WARNING   Late Shipment Rate above target · Bluefin Outdoor Supply · US · no deadline',
      '',
      'Account: none open',
    ]);
  });

  it('says so when nothing is unread, and names an unknown account by its id', () => {
    const stranger = inboxItem({ accountId: 'acct-9', read: true });
    const text = formatCheckReport(checkReport(viewOf([stranger]), now, en), accounts, now, en);
    expect(text.split('\n')[0]).toBe('No unread performance notifications.');
    expect(text).toContain('    WARNING   Late Shipment Rate above target · acct-9 · US · no deadline');
  });
});

describe('the check report in Simplified Chinese', () => {
  it('labels the groups as Chinese Seller Central does, keeping the group keys', () => {
    const report = checkReport(viewOf([lsr, odr]), now, zh);
    expect(report.groups.map((g) => [g.group, g.label])).toEqual([
      ['customerService', '客户服务绩效'],
      ['policyCompliance', '政策合规性'],
      ['shipping', '配送绩效'],
      ['account', '账户'],
    ]);
  });

  it('prints counts, severities and deadlines in Chinese, in the reader’s time zone', () => {
    const text = formatCheckReport(checkReport(viewOf([lsr, ipRead, odr, ip]), now, zh), accounts, now, zh);
    expect(text.split('\n')).toEqual([
      '3 条未读绩效通知。',
      '',
      '客户服务绩效：1 条未处理，1 条未读',
      '  * 高        Order Defect Rate above target · Bluefin Outdoor Supply · US · 无截止时间',
      '',
      '政策合规性：2 条未处理，1 条未读',
      '  * 严重      Intellectual property complaint · Bluefin Outdoor Supply · DE · 3 天后到期（2026年11月5日 17:30）',
      '    警告      Listing policy violation · Bluefin Outdoor Supply · US · 无截止时间',
      '',
      '配送绩效：1 条未处理，1 条未读',
      '  * 警告      Late Shipment Rate above target · Bluefin Outdoor Supply · US · 无截止时间',
      '',
      '账户：没有未处理的通知',
    ]);
  });

  it('says when nothing is unread', () => {
    const text = formatCheckReport(checkReport(viewOf([]), now, zh), accounts, now, zh);
    expect(text.split('\n')[0]).toBe('没有未读的绩效通知。');
  });
});
