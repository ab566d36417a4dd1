// The inbox: metric groups with their unread counts, one line per notification, and the
// snoozed and resolved folded away. Titles are Amazon's and never pass through here.
export const inbox = {
  'inbox.loading': 'Loading notifications…',
  'inbox.group.label': '{group}, {count, number} unread',
  'inbox.group.empty': 'Nothing open here.',
  'inbox.snoozed': 'Snoozed',
  'inbox.resolved': 'Resolved',
  /** A folded list's toggle: "Snoozed (2)". */
  'inbox.folded': '{title} ({count, number})',
  'inbox.row.unreadLabel': 'Unread: {title}',
  'inbox.row.received': 'Received {when}',
  'inbox.row.deadline': 'Deadline {when} ({left})',
  'inbox.row.snoozedUntil': 'Snoozed until {when}',
  'inbox.row.resolvedAt': 'Resolved {when}',
} as const;
