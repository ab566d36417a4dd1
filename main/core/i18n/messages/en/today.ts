// The Today view: the morning digest in the window, with links into the inbox, Account health
// and the appeals, and the days in a row the seller has looked at Flagwatch.
export const today = {
  'today.nav': 'Today',
  'today.title': 'Today',
  'today.loading': 'Loading today’s summary…',
  'today.asOf': 'As of {when}',
  'today.allClear': 'All clear: no performance notification is open and no appeal is waiting for Amazon.',
  'today.groups': 'Open notifications',
  'today.mostUrgent': 'Most urgent deadline',
  'today.noDeadline': 'No open notification has a deadline.',
  'today.nearTarget': 'Close to target',
  'today.nearTarget.none': 'Every metric has room to spare.',
  'today.nearTarget.line': '{value}, target {target}, {headroom} to spare',
  'today.awaiting': 'Waiting for Amazon’s answer',
  'today.awaiting.none': 'No appeal is waiting for an answer.',
  'today.awaiting.submitted': 'Submitted {when}',
  'today.streak':
    '{count, plural, =0 {First look today} one {# day in a row with Flagwatch} other {# days in a row with Flagwatch}}',
  'today.link.inbox': 'Open the inbox',
  'today.link.health': 'See Account health',
  'today.link.appeals': 'See the appeals',
  'today.untitledAppeal': 'Appeal without a notification',

  /** What failed, for "Could not {action}: …" (common.couldNot). */
  'today.action.load': 'load today’s summary',
} as const;
