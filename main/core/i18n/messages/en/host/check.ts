// What `flagwatch check` says about its own progress and its deadline, on stderr.
export const check = {
  'check.progress': 'flagwatch check: still checking ({elapsed}).',
  'check.deadlinePassed':
    'it did not finish within {minutes, plural, one {# minute} other {# minutes}}; Amazon may be slow or unreachable, try again later',
  'check.seconds': '{count, plural, one {# second} other {# seconds}}',
  'check.minutes': '{count, plural, one {# minute} other {# minutes}}',
} as const;
