// Deadline reminders as the host raises them (native notifications), and their data file.
export const clocks = {
  'clocks.left.hours': '{count, plural, one {# hour left} other {# hours left}}',
  'clocks.left.minutes': '{count, plural, one {# minute left} other {# minutes left}}',
  'clocks.reminder.title': '{left}: {title}',
  'clocks.reminder.body': '{where}\nDeadline: {deadline}',
  'clocks.store.label': 'deadline reminder record',
  'clocks.store.startsOver': 'a reminder already raised for a deadline may come once more',
} as const;
