// How long is left before a deadline, coarse on purpose (a tooltip or a notification is glanced
// at): the tray, native notifications, the CLI and the window all say it the same way.
export const time = {
  'time.overdue': 'overdue',
  'time.dueInDays': 'due in {count} d',
  'time.dueInHours': 'due in {count} h',
  'time.dueInMinutes': 'due in {count} min',
} as const;
