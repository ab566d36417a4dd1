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
