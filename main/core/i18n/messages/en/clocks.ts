// Deadlines as clocks: the live countdown in the window, and the nearest deadline in the header and
// the tray's tooltip. The reminders raised before one are the host's (host/clocks.ts).
export const clocks = {
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
} as const;
