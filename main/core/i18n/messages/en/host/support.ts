// The case summary for Seller Support, which the host writes for the window and the clipboard, the
// tray's shortcut, and the contact log's data file.
export const support = {
  'support.summary.title': 'Case summary for Seller Support',
  'support.summary.account': 'Account: {value}',
  'support.summary.marketplace': 'Marketplace: {value}',
  'support.summary.notification': 'Notification: {value}',
  'support.summary.policy': 'Policy: {value}',
  'support.summary.asins': 'ASINs: {value}',
  'support.summary.received': 'Received: {value}',
  'support.summary.deadline': 'Deadline: {value}',
  'support.summary.attempts': 'Appeal attempts so far: {used} of {limit}',
  'support.summary.attempt': 'Attempt {number}, {when}',
  'support.summary.noAnswer': 'no answer yet',
  'support.summary.done': 'What was done:',
  'support.summary.noAppeal': 'No appeal written in Flagwatch yet.',
  'support.summary.contacts': 'Earlier contacts with Seller Support:',
  'support.summary.caseId': 'case {caseId}',
  'support.tray.contact': 'Contact Seller Support',

  'support.store.label': 'the Seller Support contact log',
  'support.store.startsOver': 'the contact log starts empty',
} as const;
