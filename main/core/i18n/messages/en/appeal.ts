// The guided appeal's words: the headings and labels of the assembled plan (in the plan's own
// language), the evidence checklist, and how attempts and clocks are told.
export const appeal = {
  'appeal.plan.rootCauses': 'Root causes',
  'appeal.plan.actions': 'Actions taken',
  'appeal.plan.preventions': 'Preventive measures',
  'appeal.plan.evidence': 'Evidence attached',
  'appeal.plan.date': 'Date: {date}',
  'appeal.plan.owner': 'Owner: {owner}',
  'appeal.plan.evidenceOf': 'Evidence: {evidence}',
  'appeal.plan.answers': 'Answers root cause {number}',
  'appeal.plan.frequency': 'Frequency: {frequency}',
  'appeal.plan.measure': 'Measured by: {measure}',
  'appeal.plan.evidenceItem': '{label}: {note}',
  'appeal.plan.separator': '; ',

  'appeal.evidence.orderIds': 'The order IDs behind each defect',
  'appeal.evidence.claimOutcomes': 'The outcome of each A-to-z claim and chargeback',
  'appeal.evidence.refunds': 'Refunds and replacements issued, with their dates',
  'appeal.evidence.handlingTime': 'Your handling-time settings, before and after the change',
  'appeal.evidence.carrierScans': 'Carrier scans or tracking for the affected orders',
  'appeal.evidence.invoices': 'Supplier invoices from the last 365 days, with the ASINs highlighted',
  'appeal.evidence.supplierContacts': 'Your suppliers’ contact details (name, address, phone, website)',
  'appeal.evidence.authorization':
    'A letter of authorisation from the rights owner, or their retraction of the complaint',
  'appeal.evidence.listingClosed': 'Proof that the listing is closed or removed',
  'appeal.evidence.changeRecords': 'Screenshots or records of each change you made',

  'appeal.channel.appeal-button': 'The notification’s Appeal button',
  'appeal.channel.account-health': 'Account Health',
  'appeal.channel.seller-support': 'A Seller Support case',
  'appeal.answer.accepted': 'Accepted',
  'appeal.answer.rejected': 'Rejected',
  'appeal.answer.info-requested': 'More information requested',
  'appeal.attempts.used': 'Attempt {used} of {limit} used',
  'appeal.attempts.none': 'No attempt used yet ({limit} in all)',
  'appeal.clock.left': '{days, plural, one {# day} other {# days}} left to submit an acceptable plan',
  'appeal.clock.overdue': 'The {windowDays}-day period to submit an acceptable plan has passed',
  'appeal.notice.appealButtonUsed':
    'The Appeal button of this notification has been used: further appeals go through Account Health.',
  'appeal.notice.attemptsUsedUp':
    'Both attempts are used. Contact Seller Support before appealing again, and keep a record of each contact.',
  'appeal.warning.nearCopy':
    'This text is {similarity} the same as attempt {attempt}: revise it before submitting again.',
} as const;
