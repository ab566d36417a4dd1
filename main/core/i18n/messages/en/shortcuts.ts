// The keyboard shortcuts and their help, opened with "?" in every view.
export const shortcuts = {
  'shortcuts.title': 'Keyboard shortcuts',
  'shortcuts.close': 'Close',
  'shortcuts.key': 'Key',
  'shortcuts.action': 'Action',
  'shortcuts.inbox': 'In the inbox',
  'shortcuts.everywhere': 'Everywhere',
  'shortcuts.next': 'Next notification',
  'shortcuts.previous': 'Previous notification',
  'shortcuts.open': 'Open the notification',
  'shortcuts.read': 'Mark read or unread',
  'shortcuts.snooze': 'Snooze…',
  'shortcuts.search': 'Search',
  'shortcuts.leaveSearch': 'From the search to the list',
  'shortcuts.views': 'Go to the view by its place in the menu',
  'shortcuts.help': 'This help',
  /** The two keys that do the same ("j or ↓"). */
  'shortcuts.or': '{first} or {second}',
} as const;
