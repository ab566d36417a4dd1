// The tray's tooltip, whose words the window's header shares. The menu is the host's (host/tray.ts).
export const tray = {
  'tray.tooltip.offline': 'Offline: showing the last known notifications',
  'tray.tooltip.failed': 'Last check failed: {reason}',
  'tray.tooltip.unread':
    '{count, plural, =0 {No unread performance notifications} one {# unread performance notification} other {# unread performance notifications}}',
  'tray.tooltip.mostUrgent': 'Most urgent: {title} ({marketplace})',
} as const;
