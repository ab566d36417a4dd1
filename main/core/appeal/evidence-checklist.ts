// What evidence Amazon expects for each kind of notification (DOMAIN.md §4), as data: a metric's
// checklist is its kind's items plus records of the changes made, which every plan needs.
import type { MessageKey } from '../i18n/catalogue';
import type { EvidenceState } from './appeal-schema';

/** One of the checklist's own labels: the window speaks them all. */
type EvidenceLabelKey = Extract<MessageKey, `appeal.evidence.${string}`>;

export interface EvidenceItem {
  id: string;
  labelKey: EvidenceLabelKey;
}

const item = (id: string): EvidenceItem => ({ id, labelKey: `appeal.evidence.${id}` as EvidenceLabelKey });

const orderDefects = [item('orderIds'), item('claimOutcomes'), item('refunds')];
const shipping = [item('handlingTime'), item('carrierScans')];
const authenticity = [item('invoices'), item('supplierContacts')];
const intellectualProperty = [item('authorization')];
const restricted = [item('listingClosed')];
const changeRecords = item('changeRecords');

/** Catalog metric key → the evidence its appeals need. */
const checklistByMetric: Readonly<Record<string, readonly EvidenceItem[]>> = {
  'orderDefectRate.mfn': orderDefects,
  'orderDefectRate.afn': orderDefects,
  lateShipmentRate: shipping,
  validTrackingRate: shipping,
  onTimeDeliveryRate: shipping,
  unitOnTimeDeliveryRate: shipping,
  preFulfillmentCancellationRate: [item('orderIds'), item('refunds')],
  productAuthenticityCustomerComplaints: [...authenticity, item('orderIds')],
  productConditionCustomerComplaints: [...authenticity, item('orderIds')],
  suspectedIntellectualPropertyViolations: intellectualProperty,
  receivedIntellectualPropertyComplaints: intellectualProperty,
  restrictedProductPolicyViolations: restricted,
  listingPolicyViolations: restricted,
  productSafetyCustomerComplaints: [...restricted, item('invoices')],
  foodAndProductSafetyIssues: [...restricted, item('invoices')],
};

/** The checklist for a notification's metric; a blank appeal or another metric gets the general item. */
export function evidenceChecklist(metric: string | null): readonly EvidenceItem[] {
  const own = metric !== null && Object.hasOwn(checklistByMetric, metric) ? checklistByMetric[metric]! : [];
  return [...own, changeRecords];
}

/** The checklist items not ticked as gathered. */
export function missingEvidence(metric: string | null, state: EvidenceState): EvidenceItem[] {
  return evidenceChecklist(metric).filter((entry) => !state[entry.id]?.done);
}
