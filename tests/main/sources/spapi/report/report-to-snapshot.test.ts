import { describe, expect, it } from 'vitest';
import { notificationId } from '../../../../../main/core/notification-id';
import { SourceNotificationSchema, type SourceNotification } from '../../../../../main/core/schema';
import { parseReport } from '../../../../../main/sources/spapi/report/parse-report';
import { reportToSnapshot, type PreviousReport } from '../../../../../main/sources/spapi/report/report-to-snapshot';
import { reportFixture } from './report-fixtures';
import { translatorFor } from '../../../../../main/core/i18n/catalogues';

const en = translatorFor('en');
const US = 'ATVPDKIKX0DER';
const DE = 'A1PA6795UKMFR9';
const UK = 'A1F83G8C2ARO7P';
const at = '2026-11-02T09:00:00.000Z';

function convert(document: unknown, when = at, previous?: PreviousReport) {
  const report = parseReport(document);
  return { report, ...reportToSnapshot(report, { accountId: 'acct-1', at: when, translator: en }, previous) };
}

/** A report for one marketplace holding only the given metric blocks. */
function usReport(blocks: Record<string, unknown>, status = 'NORMAL') {
  return { accountStatuses: [{ marketplaceId: US, status }], performanceMetrics: [{ marketplaceId: US, ...blocks }] };
}

const violations = (defectsCount: number) => ({
  listingPolicyViolations: {
    defectsCount,
    status: defectsCount ? 'BAD' : 'GOOD',
    targetValue: 0,
    targetCondition: 'EQUALS',
  },
});

describe('reportToSnapshot: metrics off target', () => {
  const { notifications, metrics } = convert(reportFixture('observed-de'));

  it('raises a rate that misses its target in plain words, with the window and the counts', () => {
    const lsr = notifications.find((n) => n.metric === 'lateShipmentRate');
    expect(lsr).toEqual({
      accountId: 'acct-1',
      marketplaceId: DE,
      group: 'shipping',
      metric: 'lateShipmentRate',
      key: 'off-target:10d',
      title: 'Late Shipment Rate above target: 6.2% (target under 4%) over the last 10 days',
      text: "Amazon's Account Health report for Germany shows your Late Shipment Rate at 6.2%; the target is under 4%. In the window 2026-10-23 to 2026-11-01: 194 orders and 12 shipped late.",
      severity: 'warning',
      asins: [],
      occurredAt: at,
      deadline: null,
    });
    expect(SourceNotificationSchema.parse(lsr)).toEqual(lsr);
  });

  it("judges by the report's own target: OTDR 96.5 % misses the report's 97 %", () => {
    expect(notifications.find((n) => n.metric === 'onTimeDeliveryRate')?.title).toBe(
      'On-Time Delivery Rate below target: 96.5% (target above 97%) over the last 30 days',
    );
  });

  it('leaves metrics within target, and a healthy rating, silent', () => {
    expect(notifications.map((n) => n.metric).sort()).toEqual([
      'customerProductReviewsPolicyViolations',
      'lateShipmentRate',
      'onTimeDeliveryRate',
    ]);
  });

  it('feeds the history one reading per metric at the poll time, with the report target, plus the score', () => {
    expect(metrics.find((m) => m.metric === 'lateShipmentRate')).toEqual({
      accountId: 'acct-1',
      marketplaceId: DE,
      metric: 'lateShipmentRate',
      value: 0.031,
      target: { value: 0.04, condition: 'LESS_THAN' },
      at,
      counts: { orders: 611, defects: 19 },
      window: { from: '2026-10-03T00:00:00.000Z', to: '2026-11-01T23:59:00.000Z' },
    });
    expect(metrics.filter((m) => m.metric === 'lateShipmentRate')).toHaveLength(1);
    expect(metrics.find((m) => m.metric === 'accountHealthRating')?.value).toBe(428);
    expect(metrics.find((m) => m.metric === 'accountStatus')?.value).toBe(0);
  });

  it('rates an ODR above target as high, and falls back to the catalog target when the report has none', () => {
    const { notifications: found } = convert(
      usReport({ orderDefectRate: { mfn: { rate: 0.012, orderCount: 500, orderWithDefects: { count: 6 } } } }),
    );
    expect(found).toMatchObject([
      {
        metric: 'orderDefectRate.mfn',
        group: 'customerService',
        severity: 'high',
        title: 'Order Defect Rate (seller-fulfilled) above target: 1.2% (target under 1%) over the last 60 days',
      },
    ]);
  });

  it('says nothing about a metric without a value', () => {
    expect(convert(reportFixture('sparse'))).toMatchObject({ notifications: [], metrics: [] });
  });
});

describe('reportToSnapshot: counts for the headroom', () => {
  const { metrics } = convert(reportFixture('observed-de'));
  const reading = (metric: string) => metrics.find((m) => m.metric === metric);

  it('carries each rate’s orders and defects, the good-share rates as the difference', () => {
    expect(reading('orderDefectRate.mfn')?.counts).toEqual({ orders: 1840, defects: 9 });
    expect(reading('preFulfillmentCancellationRate')?.counts).toEqual({ orders: 152, defects: 1 });
    expect(reading('validTrackingRate')?.counts).toEqual({ orders: 598, defects: 4 });
    expect(reading('onTimeDeliveryRate')?.counts).toEqual({ orders: 594, defects: 21 });
  });

  it('leaves the counts out where Amazon’s own example counts more good shipments than shipments', () => {
    const official = convert(reportFixture('official-example')).metrics.filter((m) => m.marketplaceId === US);
    expect(official.find((m) => m.metric === 'validTrackingRate')).not.toHaveProperty('counts');
    expect(official.find((m) => m.metric === 'lateShipmentRate')?.counts).toEqual({ orders: 870669, defects: 27896 });
  });

  it('gives the headroom a window, but no counts, when a rate comes without them', () => {
    const { metrics: bare } = convert(
      usReport({
        lateShipmentRate: {
          reportingDateRange: { reportingDateFrom: '2026-10-03T00:00Z', reportingDateTo: '2026-11-01T23:59Z' },
          rate: 0.02,
          targetValue: 0.04,
          targetCondition: 'LESS_THAN',
        },
      }),
    );
    const lsr = bare.find((m) => m.metric === 'lateShipmentRate');
    expect(lsr).not.toHaveProperty('counts');
    expect(lsr?.window).toEqual({ from: '2026-10-03T00:00:00.000Z', to: '2026-11-01T23:59:00.000Z' });
  });
});

describe('reportToSnapshot: account status, rating and warnings', () => {
  const { notifications } = convert(reportFixture('at-risk-deactivated'));
  const account = notifications.filter((n) => n.group === 'account');

  it('raises AT_RISK as critical with a 72-hour deadline, and DEACTIVATED as critical', () => {
    expect(
      account
        .filter((n) => n.metric === 'accountStatus')
        .map((n) => [n.marketplaceId, n.key, n.title, n.severity, n.deadline]),
    ).toEqual([
      [US, 'status:AT_RISK', 'Account at risk of deactivation (United States)', 'critical', '2026-11-05T09:00:00.000Z'],
      [UK, 'status:DEACTIVATED', 'Account deactivated (United Kingdom)', 'critical', '2026-11-19T09:00:00.000Z'],
    ]);
  });

  it('raises the rating by band: 150 is "At risk", 60 is "Unhealthy"', () => {
    expect(account.filter((n) => n.metric === 'accountHealthRating').map((n) => [n.key, n.title, n.severity])).toEqual([
      ['rating:At risk', 'Account Health Rating at risk: 150 (healthy from 200)', 'high'],
      ['rating:Unhealthy', 'Account Health Rating unhealthy: 60 (healthy from 200)', 'critical'],
    ]);
  });

  it.each([
    [200, []],
    [199, [['rating:At risk', 'high']]],
    [100, [['rating:At risk', 'high']]],
    [99, [['rating:Unhealthy', 'critical']]],
    [0, [['rating:Unhealthy', 'critical']]],
  ])('draws the band lines at the scores themselves: %i', (score, expected) => {
    const { notifications: found, metrics } = convert(usReport({ accountHealthRating: { ahrScore: score } }));
    expect(found.map((n) => [n.key, n.severity])).toEqual(expected);
    expect(metrics.find((m) => m.metric === 'accountHealthRating')?.value).toBe(score);
  });

  it('keeps a rating status of a healthy word, or no rating words at all, silent', () => {
    expect(convert(usReport({ accountHealthRating: { ahrStatus: 'GREAT' } })).notifications).toEqual([]);
    expect(convert(usReport({ accountHealthRating: {} })).notifications).toEqual([]);
  });

  it('feeds the history the account status as a number only when it is a known one', () => {
    const status = (document: unknown) => convert(document).metrics.filter((m) => m.metric === 'accountStatus');
    expect(status(usReport({}, 'AT_RISK')).map((m) => m.value)).toEqual([1]);
    expect(status(usReport({}, 'UNDER_REVIEW'))).toEqual([]);
    expect(status({ performanceMetrics: [{ marketplaceId: US }] })).toEqual([]);
  });

  it('feeds the history the number of BAD warning states, and nothing without the list', () => {
    const warnings = (document: unknown) => convert(document).metrics.filter((m) => m.metric === 'warningStates');
    const states = [
      { warningType: 'a', status: 'BAD' },
      { warningType: 'b', status: 'GOOD' },
      { warningType: 'c', status: 'BAD' },
    ];
    expect(warnings(usReport({ warningStates: states })).map((m) => m.value)).toEqual([2]);
    expect(warnings(usReport({}))).toEqual([]);
  });

  it('keeps the AT_RISK deadline from the first poll that saw it', () => {
    const first = convert(reportFixture('at-risk-deactivated'));
    const later = convert(reportFixture('at-risk-deactivated'), '2026-11-03T15:00:00.000Z', first);
    expect(later.notifications).toEqual(first.notifications);
  });

  it('lets a status back to NORMAL drop its notification, so the inbox resolves it', () => {
    const first = convert(usReport({}, 'AT_RISK'));
    const back = convert(usReport({}, 'NORMAL'), '2026-11-03T09:00:00.000Z', first);
    expect(first.notifications.map((n) => n.key)).toEqual(['status:AT_RISK']);
    expect(back.notifications).toEqual([]);
  });

  it('raises an unknown status, a rating status without a score and a BAD warning state', () => {
    const { notifications: found } = convert(reportFixture('warned-unknown-enums'));
    expect(found.filter((n) => n.group === 'account').map((n) => [n.key, n.title, n.severity, n.deadline])).toEqual([
      ['status:UNDER_REVIEW', 'Account status UNDER_REVIEW (France)', 'high', null],
      ['rating-status:WARNED', 'Account Health Rating: WARNED', 'high', null],
      ['warning:spammingSellerMessaging', 'Account warning: spamming seller messaging', 'high', null],
    ]);
  });
});

describe('reportToSnapshot: policy counts, one notification per rise', () => {
  const poll = (count: number, when: string, previous?: PreviousReport) =>
    convert(usReport(violations(count)), when, previous);
  const keys = (r: { notifications: { key: string }[] }) => r.notifications.map((n) => n.key);

  it('states the first count seen against the target 0', () => {
    const first = poll(2, '2026-11-01T09:00:00.000Z');
    expect(first.notifications).toMatchObject([
      {
        group: 'policyCompliance',
        metric: 'listingPolicyViolations',
        key: 'rise:2:2026-11-01',
        title: 'Listing Policy Violations: 2 over the last 180 days (target 0)',
        severity: 'warning',
      },
    ]);
  });

  it('opens a new event per rise, keeps each open while the count stays at its level, and closes it below', () => {
    const p1 = poll(2, '2026-11-01T09:00:00.000Z');
    const p2 = poll(3, '2026-11-02T09:00:00.000Z', p1);
    const p3 = poll(3, '2026-11-03T09:00:00.000Z', p2);
    const p4 = poll(2, '2026-11-04T09:00:00.000Z', p3);
    const p5 = poll(3, '2026-11-05T09:00:00.000Z', p4);
    const p6 = poll(0, '2026-11-06T09:00:00.000Z', p5);
    expect(keys(p2)).toEqual(['rise:2:2026-11-01', 'rise:3:2026-11-02']);
    expect(p2.notifications[1]).toMatchObject({
      title: 'Listing Policy Violations: 3 over the last 180 days (1 new)',
      occurredAt: '2026-11-02T09:00:00.000Z',
    });
    expect(p3.notifications).toEqual(p2.notifications);
    expect(keys(p4)).toEqual(['rise:2:2026-11-01']);
    expect(keys(p5)).toEqual(['rise:2:2026-11-01', 'rise:3:2026-11-05']);
    expect(keys(p6)).toEqual([]);
  });

  it('says by how much the count rose since the previous check, and nothing of that the first time', () => {
    const p1 = poll(2, '2026-11-01T09:00:00.000Z');
    const p2 = poll(5, '2026-11-02T09:00:00.000Z', p1);
    expect(p1.notifications[0]?.text).not.toContain('previous check');
    expect(p2.notifications[1]).toMatchObject({
      title: 'Listing Policy Violations: 5 over the last 180 days (3 new)',
    });
    expect(p2.notifications[1]?.text).toContain('That is 3 more than at the previous check.');
  });

  it('compares each marketplace and each metric with its own earlier count', () => {
    const restricted = (count: number) => ({
      restrictedProductPolicyViolations: { defectsCount: count, targetValue: 0, targetCondition: 'EQUALS' },
    });
    const report = (us: number, de: number, restrictedUs: number) => ({
      accountStatuses: [
        { marketplaceId: US, status: 'NORMAL' },
        { marketplaceId: DE, status: 'NORMAL' },
      ],
      performanceMetrics: [
        { marketplaceId: US, ...violations(us), ...restricted(restrictedUs) },
        { marketplaceId: DE, ...violations(de) },
      ],
    });
    const first = convert(report(5, 1, 4), '2026-11-01T09:00:00.000Z');
    const second = convert(report(5, 2, 4), '2026-11-02T09:00:00.000Z', first);
    const rises = (r: typeof first) =>
      r.notifications.map((n) => [n.marketplaceId === US ? 'US' : 'DE', n.metric, n.key]);
    expect(rises(second)).toEqual([
      ['US', 'listingPolicyViolations', 'rise:5:2026-11-01'],
      ['US', 'restrictedProductPolicyViolations', 'rise:4:2026-11-01'],
      ['DE', 'listingPolicyViolations', 'rise:1:2026-11-01'],
      ['DE', 'listingPolicyViolations', 'rise:2:2026-11-02'],
    ]);
  });

  it('rates categories that lead to suspension as high', () => {
    const { notifications: found } = convert(reportFixture('at-risk-deactivated'));
    expect(found.filter((n) => n.group === 'policyCompliance').map((n) => [n.metric, n.key, n.severity])).toEqual([
      ['productAuthenticityCustomerComplaints', 'rise:2:2026-11-02', 'high'],
      ['restrictedProductPolicyViolations', 'rise:4:2026-11-02', 'high'],
    ]);
  });

  it('gives the same notifications on a re-poll of the same report, so nothing repeats', () => {
    const first = convert(reportFixture('official-example'));
    const again = convert(reportFixture('official-example'), '2026-11-02T13:00:00.000Z', first);
    expect(again.notifications).toEqual(first.notifications);
    expect(new Set(first.notifications.map((n) => `${n.marketplaceId} ${n.metric} ${n.key}`)).size).toBe(
      first.notifications.length,
    );
  });
});

describe('reportToSnapshot: the official example', () => {
  it('implies one notification per problem it shows, most of them on the US marketplace', () => {
    const { notifications } = convert(reportFixture('official-example'));
    expect(notifications.map((n) => [n.marketplaceId === US ? 'US' : 'MX', n.severity, n.title])).toEqual([
      ['US', 'warning', 'On-Time Delivery Rate (units) below target: 88.48% (target above 90%) over the last 30 days'],
      ['US', 'high', 'Product Safety Customer Complaints: 165 over the last 180 days (target 0)'],
      ['US', 'high', 'Received Intellectual Property Complaints: 75 over the last 180 days (target 0)'],
      ['US', 'warning', 'Listing Policy Violations: 86 over the last 180 days (target 0)'],
      ['US', 'high', 'Food and Product Safety Issues: 37 over the last 180 days (target 0)'],
      ['US', 'high', 'Product Authenticity Customer Complaints: 212 over the last 180 days (target 0)'],
      ['US', 'warning', 'Regulatory Compliance (document requests): 8 over the last 180 days (target 0)'],
      ['US', 'warning', 'Product Condition Customer Complaints: 337 over the last 180 days (target 0)'],
      ['US', 'warning', 'Other Policy Violations: 86 over the last 180 days (target 0)'],
      ['US', 'critical', 'Account at risk of deactivation (United States)'],
      ['US', 'high', 'Account Health Rating: WARNED'],
      ['US', 'high', 'Account warning: spamming seller messaging'],
      ['MX', 'critical', 'Account suspended (Mexico)'],
    ]);
    for (const n of notifications) expect(SourceNotificationSchema.parse(n)).toEqual(n);
  });
});

describe("reportToSnapshot: in the reader's language", () => {
  const zh = translatorFor('zh-CN');
  const inChinese = (document: unknown, previous?: PreviousReport) =>
    reportToSnapshot(parseReport(document), { accountId: 'acct-1', at, translator: zh }, previous);
  const ids = (notifications: readonly SourceNotification[]) => notifications.map(notificationId);

  it('writes an off-target rate in Chinese, with Amazon Chinese Seller Central terms', () => {
    const lsr = inChinese(reportFixture('observed-de')).notifications.find((n) => n.metric === 'lateShipmentRate');
    expect(lsr?.title).toBe('迟发率高于目标：6.2%（目标低于 4%）（过去 10 天）');
    expect(lsr?.text).toBe(
      '亚马逊德国站的账户状况报告显示，您的迟发率为 6.2%；目标为低于 4%。统计期内（2026-10-23 至 2026-11-01）：194 个订单和12 个迟发。',
    );
    const odr = inChinese(
      usReport({ orderDefectRate: { mfn: { rate: 0.012, orderCount: 500, orderWithDefects: { count: 6 } } } }),
    ).notifications[0];
    expect(odr?.title).toBe('订单缺陷率（卖家自配送）高于目标：1.2%（目标低于 1%）（过去 60 天）');
  });

  it('writes account status, rating and warnings in Chinese, quoting Amazon’s codes as they are', () => {
    const found = inChinese(reportFixture('at-risk-deactivated')).notifications.filter((n) => n.group === 'account');
    expect(found.map((n) => n.title)).toEqual([
      '账户有被停用的风险（美国）',
      '账户状况评级有风险：150（200 分及以上为良好）',
      '账户已被停用（英国）',
      '账户状况评级不佳：60（200 分及以上为良好）',
    ]);
    const unknown = inChinese(reportFixture('warned-unknown-enums')).notifications.filter((n) => n.group === 'account');
    expect(unknown.map((n) => n.title)).toEqual([
      '账户状态 UNDER_REVIEW（法国）',
      '账户状况评级：WARNED',
      '账户警告：spamming seller messaging',
    ]);
  });

  it('writes a policy rise in Chinese', () => {
    const [rise] = inChinese(usReport(violations(2))).notifications;
    expect(rise?.title).toBe('违反上架政策：2（过去 180 天）（目标 0）');
    expect(rise?.text).toMatch(/^亚马逊美国站的账户状况报告中，违反上架政策计为 2（过去 180 天）/);
  });

  it('gives the same ids in every language, so switching languages never raises a notification twice', () => {
    for (const fixture of ['observed-de', 'at-risk-deactivated', 'warned-unknown-enums'] as const) {
      const english = convert(reportFixture(fixture)).notifications;
      const chinese = inChinese(reportFixture(fixture)).notifications;
      expect(chinese.map((n) => n.title)).not.toEqual(english.map((n) => n.title));
      expect(ids(chinese)).toEqual(ids(english));
    }
  });

  it('carries an open rise across a change of language under the same key', () => {
    const first = convert(usReport(violations(2)), '2026-11-01T09:00:00.000Z');
    const later = inChinese(usReport(violations(2)), first);
    expect(ids(later.notifications)).toEqual(ids(first.notifications));
  });
});
