// Native notifications' own words: the summary that stands in for many at once. A single
// notification's title and text are the source's.
export const notify = {
  'notify.summary.title':
    '{count, plural, one {# new performance notification} other {# new performance notifications}}',
  'notify.summary.more': 'and {count} more',
} as const;
