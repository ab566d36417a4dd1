import { describe, expect, it } from 'vitest';
import { evidenceChecklist, missingEvidence } from '../../../../main/core/appeal/evidence-checklist';
import { translatorFor } from '../../../../main/core/i18n/catalogues';

const ids = (metric: string | null) => evidenceChecklist(metric).map((item) => item.id);

describe('evidenceChecklist', () => {
  it('asks for what Amazon expects for each kind of problem, and change records always', () => {
    expect(ids('orderDefectRate.mfn')).toEqual(['orderIds', 'claimOutcomes', 'refunds', 'changeRecords']);
    expect(ids('lateShipmentRate')).toEqual(['handlingTime', 'carrierScans', 'changeRecords']);
    expect(ids('validTrackingRate')).toEqual(['handlingTime', 'carrierScans', 'changeRecords']);
    expect(ids('productAuthenticityCustomerComplaints')).toEqual([
      'invoices',
      'supplierContacts',
      'orderIds',
      'changeRecords',
    ]);
    expect(ids('receivedIntellectualPropertyComplaints')).toEqual(['authorization', 'changeRecords']);
    expect(ids('restrictedProductPolicyViolations')).toEqual(['listingClosed', 'changeRecords']);
  });

  it('gives a blank appeal or an unknown metric the general item only', () => {
    expect(ids(null)).toEqual(['changeRecords']);
    expect(ids('toString')).toEqual(['changeRecords']);
  });

  it('has a label for every item in both languages', () => {
    for (const locale of ['en', 'zh-CN'] as const) {
      const t = translatorFor(locale);
      for (const item of evidenceChecklist('orderDefectRate.mfn')) expect(t.has(item.labelKey)).toBe(true);
    }
    expect(translatorFor('en').t(evidenceChecklist('productAuthenticityCustomerComplaints')[0]!.labelKey)).toContain(
      '365 days',
    );
  });
});

describe('missingEvidence', () => {
  it('lists the items not ticked as gathered', () => {
    const missing = missingEvidence('lateShipmentRate', {
      handlingTime: { done: true, note: '' },
      carrierScans: { done: false, note: 'asked the carrier' },
    });
    expect(missing.map((item) => item.id)).toEqual(['carrierScans', 'changeRecords']);
  });
});
