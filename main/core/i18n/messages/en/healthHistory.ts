// Account health over time: each metric's daily values against its target line, as a chart and,
// for every reader, as words and a table. Metric names come from the `domain` area.
export const healthHistory = {
  'healthHistory.heading': 'History',
  'healthHistory.metric': 'Metric',
  'healthHistory.period': 'Period',
  'healthHistory.lastDays': '{count, plural, one {Last day} other {Last # days}}',
  'healthHistory.loading': 'Loading the history…',
  'healthHistory.empty': 'No history for this metric yet.',
  'healthHistory.caption': '{metric}, one value a day, against its target ({target})',
  'healthHistory.captionNoTarget': '{metric}, one value a day (no target)',
  'healthHistory.targetSeries': 'Target',
  'healthHistory.summary':
    'Latest {value} on {day}. Lowest {min} on {minDay}, highest {max} on {maxDay}, over {count, plural, one {# day} other {# days}}.',
  'healthHistory.missedDays':
    '{missed, plural, =0 {Met the target every day.} one {Missed the target on # day.} other {Missed the target on # days.}}',
  'healthHistory.table': 'Values by day',
  'healthHistory.tableCaption': '{metric} by day, newest first',
  'healthHistory.column.day': 'Day',
  'healthHistory.chartFailed': 'The chart could not be drawn ({reason}); the values are in the table.',
  'healthHistory.action.load': 'load the metric history',
} as const;
