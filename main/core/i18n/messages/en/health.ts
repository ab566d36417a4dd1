// Account health: every metric's latest value against its target. Metric, group and status
// names come from the `domain` area.
export const health = {
  'health.title': 'Account health',
  'health.loading': 'Loading account health…',
  'health.empty': 'No metrics yet: they appear after the first successful check.',
  'health.asOf': 'As of {when}',
  'health.otherMetrics': 'Other metrics',
  'health.column.metric': 'Metric',
  'health.column.value': 'Value',
  'health.column.target': 'Target',
  'health.column.result': 'Result',
  'health.verdict.meets': 'Meets target',
  'health.verdict.misses': 'Misses target',
  'health.verdict.none': 'No target',
  'health.unknownStatus': 'Unknown status ({value, number})',
  'health.action.load': 'load the account health',
  'health.summaryItem': '{label}: {value}',
  'health.headroom.left':
    '{count, plural, one {# more defect misses it} other {# more defects miss it}} ({defects, number} of {orders, number} orders)',
  'health.headroom.missed': 'Already missed: {defects, number} of {orders, number} orders',
  'health.headroom.noOrders': 'No orders in the window',
  'health.headroom.oldestLeaves': 'Oldest counted order leaves the window {when}',
  'health.ratingValue': '{score, number} ({band})',
} as const;
