// Deadlines as clocks: the reminders raised before one, the live countdown in the window, the
// nearest deadline in the tray and the header, and the record of reminders already raised.
export const clocks = {
  'clocks.left.hours': '{count, plural, one {# hour left} other {# hours left}}',
  'clocks.left.minutes': '{count, plural, one {# minute left} other {# minutes left}}',
  'clocks.reminder.title': '{left}: {title}',
  'clocks.reminder.body': '{where}\nDeadline: {deadline}',
  'clocks.countdown.days':
    '{days, plural, one {# day} other {# days}} {hours, plural, one {# hour} other {# hours}} left',
  'clocks.countdown.hours':
    '{hours, plural, one {# hour} other {# hours}} {minutes, plural, one {# minute} other {# minutes}} left',
  'clocks.countdown.minutes':
    '{minutes, plural, one {# minute} other {# minutes}} {seconds, plural, one {# second} other {# seconds}} left',
  'clocks.countdown.passed': 'Deadline passed',
  'clocks.nextDeadline.label': 'Next deadline',
  'clocks.nextDeadline.link': '{title} ({marketplace})',
  'clocks.tooltip.nextDeadline': 'Next deadline: {title} ({marketplace})',
  'clocks.store.label': 'deadline reminder record',
  'clocks.store.startsOver': 'a reminder already raised for a deadline may come once more',
} as const;
