import { describe, expect, it } from 'vitest';
import { readingCountsOf, readingWindowOf } from '../../../../../main/sources/spapi/report/reading-counts';

const counts = (metric: string, fields: Record<string, number>) => readingCountsOf({ metric, counts: fields });

describe('readingCountsOf: the defects a rate counted, from the report’s own fields', () => {
  it('Late Shipment Rate: orderCount and lateShipmentCount', () => {
    expect(counts('lateShipmentRate', { orderCount: 870669, lateShipmentCount: 27896 })).toEqual({
      orders: 870669,
      defects: 27896,
    });
  });

  it('Pre-fulfillment Cancel Rate: orderCount and cancellationCount', () => {
    expect(counts('preFulfillmentCancellationRate', { orderCount: 17197, cancellationCount: 551 })).toEqual({
      orders: 17197,
      defects: 551,
    });
  });

  it('Invoice Defect Rate: orderCount and the invoiceDefect count', () => {
    expect(counts('invoiceDefectRate', { orderCount: 9001, invoiceDefect: 315, missingInvoice: 214 })).toEqual({
      orders: 9001,
      defects: 315,
    });
  });

  it('Order Defect Rate, both channels: orderCount and orderWithDefects', () => {
    expect(counts('orderDefectRate.mfn', { orderCount: 1840, orderWithDefects: 9, claims: 0 })).toEqual({
      orders: 1840,
      defects: 9,
    });
    expect(counts('orderDefectRate.afn', { orderCount: 3120, orderWithDefects: 6 })).toEqual({
      orders: 3120,
      defects: 6,
    });
  });

  it('Valid Tracking Rate: the shipments without valid tracking are shipmentCount − validTrackingCount', () => {
    expect(counts('validTrackingRate', { shipmentCount: 598, validTrackingCount: 594 })).toEqual({
      orders: 598,
      defects: 4,
    });
  });

  it('On-Time Delivery Rate: shipmentCountWithValidTracking − onTimeDeliveryCount', () => {
    expect(counts('onTimeDeliveryRate', { shipmentCountWithValidTracking: 594, onTimeDeliveryCount: 573 })).toEqual({
      orders: 594,
      defects: 21,
    });
  });

  it('unit On-Time Delivery Rate: totalUnitCount − unitOnTimeDeliveryCount', () => {
    expect(counts('unitOnTimeDeliveryRate', { totalUnitCount: 165, unitOnTimeDeliveryCount: 146 })).toEqual({
      orders: 165,
      defects: 19,
    });
  });

  it('a difference of exactly zero is no defect at all, not a missing count', () => {
    expect(counts('validTrackingRate', { shipmentCount: 40, validTrackingCount: 40 })).toEqual({
      orders: 40,
      defects: 0,
    });
  });

  it('gives nothing when the good count exceeds the orders (Amazon’s own example does)', () => {
    expect(counts('validTrackingRate', { shipmentCount: 878443, validTrackingCount: 896462 })).toBeUndefined();
    expect(
      counts('onTimeDeliveryRate', { shipmentCountWithValidTracking: 808046, onTimeDeliveryCount: 847987 }),
    ).toBeUndefined();
  });

  it('gives nothing when more defects than orders are reported', () => {
    expect(counts('lateShipmentRate', { orderCount: 10, lateShipmentCount: 11 })).toBeUndefined();
  });

  it('gives nothing when either count is missing', () => {
    expect(counts('lateShipmentRate', { orderCount: 194 })).toBeUndefined();
    expect(counts('lateShipmentRate', { lateShipmentCount: 12 })).toBeUndefined();
    expect(counts('validTrackingRate', { shipmentCount: 598 })).toBeUndefined();
    expect(counts('unitOnTimeDeliveryRate', { unitOnTimeDeliveryCount: 146 })).toBeUndefined();
  });

  it('gives nothing for a negative or fractional count', () => {
    expect(counts('preFulfillmentCancellationRate', { orderCount: 100, cancellationCount: -1 })).toBeUndefined();
    expect(counts('onTimeDeliveryRate', { shipmentCountWithValidTracking: 594.5, onTimeDeliveryCount: 573 })).toBe(
      undefined,
    );
  });

  it('gives nothing for a count too large to be counted exactly', () => {
    expect(counts('lateShipmentRate', { orderCount: 2 ** 53, lateShipmentCount: 1 })).toBeUndefined();
  });

  it('gives nothing for a metric that is not a rate with counts', () => {
    expect(counts('listingPolicyViolations', { defectsCount: 2, orderCount: 5 })).toBeUndefined();
  });
});

describe('readingWindowOf: the reporting window as ISO instants', () => {
  it('reads Amazon’s minute-precision dates', () => {
    expect(readingWindowOf({ from: '2020-10-21T00:00Z', to: '2020-11-19T23:59Z' })).toEqual({
      from: '2020-10-21T00:00:00.000Z',
      to: '2020-11-19T23:59:00.000Z',
    });
  });

  it('gives nothing when an end is missing or unreadable, or the window ends before it starts', () => {
    expect(readingWindowOf(undefined)).toBeUndefined();
    expect(readingWindowOf({ from: '2020-10-21T00:00Z' })).toBeUndefined();
    expect(readingWindowOf({ from: 'yesterday', to: '2020-11-19T23:59Z' })).toBeUndefined();
    expect(readingWindowOf({ from: '2020-11-20T00:00Z', to: '2020-11-19T23:59Z' })).toBeUndefined();
    expect(readingWindowOf({ from: '2020-11-20T00:00Z', to: '+012020-11-19T23:59Z' })).toBeUndefined();
  });
});
