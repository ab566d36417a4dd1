import { describe, expect, it } from 'vitest';
import { parseReport, ReportFormatError } from '../../../../../main/sources/spapi/report/parse-report';
import type { ParsedReport } from '../../../../../main/sources/spapi/report/types';
import { reportFixture } from './report-fixtures';

const US = 'ATVPDKIKX0DER';
const DE = 'A1PA6795UKMFR9';

function marketplace(report: ParsedReport, id: string) {
  const found = report.marketplaces.find((m) => m.marketplaceId === id);
  if (!found) throw new Error(`no marketplace ${id}`);
  return found;
}

function metric(report: ParsedReport, id: string, key: string) {
  return marketplace(report, id).metrics.filter((m) => m.metric === key);
}

describe('parseReport: the official example', () => {
  const report = parseReport(reportFixture('official-example'));

  it('reads every marketplace of accountStatuses, with metrics only where performanceMetrics has them', () => {
    expect(report.marketplaces.map((m) => [m.marketplaceId, m.accountStatus, m.metrics.length])).toEqual([
      [US, 'AT_RISK', 16],
      ['A2EUQ1WTGCTBG2', 'NORMAL', 0],
      ['A1AM78C64UM0Y8', 'SUSPENDED', 0],
    ]);
  });

  it("accepts the schema's own misspellings under the catalog's keys", () => {
    expect(metric(report, US, 'preFulfillmentCancellationRate')[0]).toMatchObject({
      field: 'prefulfillmentCancelRate',
      value: 0.005,
    });
    expect(metric(report, US, 'documentRequests')[0]).toMatchObject({
      field: 'documentRequest',
      value: 8,
      status: 'GOOD',
    });
    expect(marketplace(report, US).warningStates).toEqual([{ warningType: 'spammingSellerMessaging', status: 'BAD' }]);
  });

  it("reads a rate metric's value, the report's target, its counts and window", () => {
    expect(metric(report, US, 'lateShipmentRate')).toEqual([
      {
        metric: 'lateShipmentRate',
        field: 'lateShipmentRate',
        value: 0.03203973037,
        status: 'GOOD',
        target: { value: 0.04, condition: 'LESS_THAN' },
        counts: { orderCount: 870669, lateShipmentCount: 27896 },
        reportingDateRange: { from: '2020-10-21T00:00Z', to: '2020-11-19T23:59Z' },
        windowDays: 30,
        primary: true,
      },
    ]);
  });

  it('reads both order defect rates with their {count} sub-objects as counts', () => {
    const [mfn] = metric(report, US, 'orderDefectRate.mfn');
    expect(mfn).toMatchObject({
      value: 0.009,
      counts: { orderCount: 539000, orderWithDefects: 1078, claims: 442, chargebacks: 15, negativeFeedback: 628 },
    });
    expect(metric(report, US, 'orderDefectRate.afn')).toHaveLength(1);
  });

  it('reads the rating status the schema example gives, without a score', () => {
    expect(marketplace(report, US).accountHealthRating).toEqual({
      status: 'WARNED',
      reportingDateRange: { from: '2020-05-23T00:00Z', to: '2020-11-19T23:59Z' },
    });
  });

  it('keeps the document as it came', () => {
    expect(report.raw).toEqual(reportFixture('official-example'));
    expect(report.problems).toEqual([]);
  });
});

describe('parseReport: reports as they really come', () => {
  it('reads the observed DE shape: score, both late-shipment windows, policy violation warnings, review violations', () => {
    const report = parseReport(reportFixture('observed-de'));
    const de = marketplace(report, DE);
    expect(de.accountHealthRating).toMatchObject({ score: 428, status: 'GREAT' });
    expect(metric(report, DE, 'lateShipmentRate').map((m) => [m.windowDays, m.value, m.primary])).toEqual([
      [30, 0.031, true],
      [10, 0.062, false],
    ]);
    expect(metric(report, DE, 'policyViolationWarnings')[0]).toMatchObject({ value: 0, counts: { warningsCount: 0 } });
    expect(metric(report, DE, 'customerProductReviewsPolicyViolations')[0]).toMatchObject({ value: 1, status: 'BAD' });
    expect(de.warningStates).toBeUndefined();
  });

  it('keeps unknown enum values as they are, and unknown blocks aside', () => {
    const report = parseReport(reportFixture('warned-unknown-enums'));
    const fr = marketplace(report, 'A13V1IB3VIYZZH');
    expect(fr.accountStatus).toBe('UNDER_REVIEW');
    expect(fr.unknownFields).toEqual({ sellerFulfilledPrimeScore: { status: 'GOOD', score: 97 } });
    const [vtr] = metric(report, 'A13V1IB3VIYZZH', 'validTrackingRate');
    expect(vtr).toMatchObject({ value: 0.93, status: 'WARNED' });
    expect(vtr!.target).toBeUndefined();
    expect(report.problems).toEqual([
      'validTrackingRate of marketplace A13V1IB3VIYZZH has an unknown target condition "AT_LEAST"; Flagwatch\'s own target is used',
    ]);
  });

  it('reads a metric without a rate as having no value, not as zero', () => {
    const report = parseReport(reportFixture('sparse'));
    expect(metric(report, US, 'lateShipmentRate')[0]).toMatchObject({
      value: null,
      status: 'NONE',
      counts: { orderCount: 0 },
    });
    expect(marketplace(report, US).accountStatus).toBeUndefined();
  });

  it('drops a field of the wrong type and keeps the rest of the report', () => {
    const report = parseReport({
      accountStatuses: [{ marketplaceId: US, status: 'NORMAL' }, { status: 'AT_RISK' }],
      performanceMetrics: [
        {
          marketplaceId: US,
          lateShipmentRate: { rate: 'high', orderCount: 10 },
          validTrackingRate: 'n/a',
          orderDefectRate: { mfn: { rate: 0.02 }, xfn: { rate: 0 } },
        },
        { lateShipmentRate: { rate: 0.1 } },
      ],
    });
    expect(marketplace(report, US).metrics.map((m) => [m.metric, m.value])).toEqual([
      ['lateShipmentRate', null],
      ['orderDefectRate.mfn', 0.02],
    ]);
    expect(report.problems).toEqual([
      'accountStatuses[1] needs a marketplaceId and a status and was skipped',
      'validTrackingRate of marketplace ATVPDKIKX0DER is not a metric block and was skipped',
      'orderDefectRate of marketplace ATVPDKIKX0DER has an unknown channel "xfn", skipped',
      'performanceMetrics[1] has no marketplaceId and was skipped',
    ]);
  });
});

describe('parseReport: a new account', () => {
  it.each([{ accountStatuses: [], performanceMetrics: [] }, { accountStatuses: [] }, { performanceMetrics: [] }])(
    'reads %j as no data yet: no marketplaces, no problems',
    (document) => {
      expect(parseReport(document)).toEqual({ marketplaces: [], problems: [], raw: document });
    },
  );
});

describe('parseReport: what is not a report', () => {
  it.each([
    [[1, 2], 'this is not a seller performance report: expected a JSON object, found a list'],
    ['report', 'this is not a seller performance report: expected a JSON object, found a string'],
    [null, 'this is not a seller performance report: expected a JSON object, found null'],
    [
      {},
      'this is not a seller performance report: it has no list of performanceMetrics or accountStatuses (it is empty)',
    ],
    [
      { reportId: '1', processingStatus: 'DONE' },
      'this is not a seller performance report: it has no list of performanceMetrics or accountStatuses (its fields: reportId, processingStatus)',
    ],
    [
      { performanceMetrics: [{ rate: 1 }] },
      'this seller performance report holds no marketplace Flagwatch can read: performanceMetrics[0] has no marketplaceId and was skipped',
    ],
  ])('refuses %j in plain words', (document, message) => {
    expect(() => parseReport(document)).toThrow(new ReportFormatError(message));
  });
});

describe('parseReport: the edges of a tolerant read', () => {
  it('names its error', () => {
    expect(() => parseReport(7)).toThrow(expect.objectContaining({ name: 'ReportFormatError' }));
  });

  it.each([
    [7, 'a number'],
    [true, 'true or false'],
    [undefined, 'nothing'],
  ])('says what it found instead of an object: %j', (document, found) => {
    expect(() => parseReport(document)).toThrow(`expected a JSON object, found ${found}`);
  });

  it('lists the first five fields of a document that is not a report, and says when there are more', () => {
    const fields = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`f${i + 1}`, i]));
    expect(() => parseReport(fields(5))).toThrow('(its fields: f1, f2, f3, f4, f5)');
    expect(() => parseReport(fields(6))).toThrow('(its fields: f1, f2, f3, f4, f5, …)');
  });

  it('skips a list that is not a list and says so, reading the other', () => {
    const report = parseReport({
      accountStatuses: [{ marketplaceId: US, status: 'NORMAL' }],
      performanceMetrics: 'n/a',
    });
    expect(report.problems).toEqual(['performanceMetrics is not a list and was skipped']);
    expect(report.marketplaces).toEqual([
      { marketplaceId: US, accountStatus: 'NORMAL', metrics: [], unknownFields: {} },
    ]);
  });

  it('uses the first entry of a marketplace listed twice and says so', () => {
    const report = parseReport({
      performanceMetrics: [
        { marketplaceId: US, lateShipmentRate: { rate: 0.01 } },
        { marketplaceId: US, lateShipmentRate: { rate: 0.09 } },
      ],
    });
    expect(metric(report, US, 'lateShipmentRate').map((m) => m.value)).toEqual([0.01]);
    expect(report.problems).toEqual([`performanceMetrics[1] repeats marketplace ${US}; the first entry is used`]);
  });

  it('adds nothing a block does not have: no status, rating, warnings, target or window', () => {
    const report = parseReport({ performanceMetrics: [{ marketplaceId: US, lateShipmentRate: { rate: 0.01 } }] });
    expect(Object.keys(marketplace(report, US)).sort()).toEqual(['marketplaceId', 'metrics', 'unknownFields']);
    expect(Object.keys(metric(report, US, 'lateShipmentRate')[0]!).sort()).toEqual([
      'counts',
      'field',
      'metric',
      'primary',
      'value',
    ]);
  });

  it('keeps only what a health rating has: a score alone, or nothing from one that is not an object', () => {
    const rating = (value: unknown) =>
      marketplace(parseReport({ performanceMetrics: [{ marketplaceId: US, accountHealthRating: value }] }), US)
        .accountHealthRating;
    expect(rating({ ahrScore: 250 })).toEqual({ score: 250 });
    expect(Object.keys(rating({ ahrScore: 250 })!)).toEqual(['score']);
    expect(rating('great')).toEqual({});
    expect(
      rating({ accountHealthRatingStatus: 'GREAT', reportingDateRange: { reportingDateFrom: '2026-10-01T00:00Z' } }),
    ).toEqual({ status: 'GREAT', reportingDateRange: { from: '2026-10-01T00:00Z' } });
  });

  it('skips what a late-shipment list or an order defect block cannot use, and says where', () => {
    const report = parseReport({
      performanceMetrics: [
        { marketplaceId: US, lateShipmentRateList: [{ rate: 0.02 }, 'x'], orderDefectRate: { mfn: 'x' } },
        { marketplaceId: DE, lateShipmentRateList: 'x', orderDefectRate: 'x' },
      ],
    });
    expect(metric(report, US, 'lateShipmentRate').map((m) => m.value)).toEqual([0.02]);
    expect(report.problems).toEqual([
      `lateShipmentRateList of marketplace ${US}[1] is not a metric block and was skipped`,
      `orderDefectRate of marketplace ${US}.mfn is not a metric block and was skipped`,
      `lateShipmentRateList of marketplace ${DE} is not a list and was skipped`,
      `orderDefectRate of marketplace ${DE} is not an object and was skipped`,
    ]);
  });

  it('reads warning states under either name, skipping an entry without type and status', () => {
    const report = parseReport({
      performanceMetrics: [
        { marketplaceId: US, warningState: [{ warningType: 'a', status: 'BAD' }, { warningType: 'b' }] },
      ],
    });
    expect(marketplace(report, US).warningStates).toEqual([{ warningType: 'a', status: 'BAD' }]);
    expect(report.problems).toEqual([
      `warningState of marketplace ${US}[1] needs a warningType and a status and was skipped`,
    ]);
  });

  it('makes the plain field the primary late-shipment reading and drops a list entry of its window', () => {
    const window = (from: string, to: string) => ({ reportingDateFrom: from, reportingDateTo: to });
    const report = parseReport({
      performanceMetrics: [
        {
          marketplaceId: US,
          lateShipmentRateList: [
            { rate: 0.03, reportingDateRange: window('2026-10-03T00:00Z', '2026-11-01T23:59Z') },
            { rate: 0.05, reportingDateRange: window('2026-10-23T00:00Z', '2026-11-01T23:59Z') },
            { rate: 0.07 },
          ],
          lateShipmentRate: { rate: 0.031, reportingDateRange: window('2026-10-03T00:00Z', '2026-11-01T23:59Z') },
        },
      ],
    });
    expect(metric(report, US, 'lateShipmentRate').map((m) => [m.field, m.value, m.windowDays, m.primary])).toEqual([
      ['lateShipmentRate', 0.031, 30, true],
      ['lateShipmentRateList', 0.05, 10, false],
      ['lateShipmentRateList', 0.07, undefined, false],
    ]);
  });

  it('makes the catalog’s window primary without a plain field, else the first', () => {
    const window = (from: string) => ({ reportingDateFrom: from, reportingDateTo: '2026-11-01T23:59Z' });
    const primaries = (list: unknown[]) =>
      metric(
        parseReport({ performanceMetrics: [{ marketplaceId: US, lateShipmentRateList: list }] }),
        US,
        'lateShipmentRate',
      )
        .filter((m) => m.primary)
        .map((m) => m.value);
    expect(
      primaries([
        { rate: 0.05, reportingDateRange: window('2026-10-23T00:00Z') },
        { rate: 0.03, reportingDateRange: window('2026-10-03T00:00Z') },
      ]),
    ).toEqual([0.03]);
    expect(primaries([{ rate: 0.05 }, { rate: 0.06 }])).toEqual([0.05]);
  });

  it('counts finite numbers and {count} objects only, never the rate or the target', () => {
    const report = parseReport({
      performanceMetrics: [
        {
          marketplaceId: US,
          lateShipmentRate: {
            rate: 0.05,
            targetValue: 0.04,
            orderCount: 100,
            lateShipmentCount: { count: 5, status: 'BAD' },
            broken: Infinity,
            wrong: { count: 'five' },
            missing: { status: 'GOOD' },
            unbounded: { count: Number.NaN },
          },
        },
      ],
    });
    expect(metric(report, US, 'lateShipmentRate')[0]!.counts).toEqual({ orderCount: 100, lateShipmentCount: 5 });
  });

  it('takes a target only with both its value and its condition', () => {
    const target = (block: Record<string, unknown>) =>
      metric(
        parseReport({ performanceMetrics: [{ marketplaceId: US, lateShipmentRate: block }] }),
        US,
        'lateShipmentRate',
      )[0]!.target;
    expect(target({ rate: 0.01, targetValue: 0.04 })).toBeUndefined();
    expect(target({ rate: 0.01, targetCondition: 'LESS_THAN' })).toBeUndefined();
    expect(target({ rate: 0.01, targetValue: 0.04, targetCondition: 'LESS_THAN' })).toEqual({
      value: 0.04,
      condition: 'LESS_THAN',
    });
  });

  it('keeps half a date range but counts no window from it, nor from one that ends before it starts', () => {
    const reading = (range: Record<string, unknown>) =>
      metric(
        parseReport({
          performanceMetrics: [{ marketplaceId: US, lateShipmentRate: { rate: 0.01, reportingDateRange: range } }],
        }),
        US,
        'lateShipmentRate',
      )[0]!;
    expect(reading({ reportingDateFrom: '2026-10-03T00:00Z' })).toMatchObject({
      reportingDateRange: { from: '2026-10-03T00:00Z' },
    });
    expect(reading({ reportingDateFrom: '2026-10-03T00:00Z' }).windowDays).toBeUndefined();
    expect(reading({ reportingDateTo: '2026-11-01T23:59Z' }).reportingDateRange).toEqual({ to: '2026-11-01T23:59Z' });
    expect(reading({})).not.toHaveProperty('reportingDateRange');
    const backwards = reading({ reportingDateFrom: '2026-11-01T00:00Z', reportingDateTo: '2026-11-01T00:00Z' });
    expect(backwards.reportingDateRange).toEqual({ from: '2026-11-01T00:00Z', to: '2026-11-01T00:00Z' });
    expect(backwards).not.toHaveProperty('windowDays');
    expect(reading({ reportingDateFrom: 'soon', reportingDateTo: '2026-11-01T00:00Z' })).not.toHaveProperty(
      'windowDays',
    );
    expect(reading({ reportingDateFrom: '2026-10-01T00:00Z', reportingDateTo: 'later' })).not.toHaveProperty(
      'windowDays',
    );
  });
});
