// The tray icon's tooltip and menu.
export const tray = {
  'tray.tooltip.offline': 'Offline: showing the last known notifications',
  'tray.tooltip.failed': 'Last check failed: {reason}',
  'tray.tooltip.unread':
    '{count, plural, =0 {No unread performance notifications} one {# unread performance notification} other {# unread performance notifications}}',
  'tray.tooltip.mostUrgent': 'Most urgent: {title} ({marketplace})',
  'tray.menu.open': 'Open Flagwatch',
  'tray.menu.refresh': 'Refresh now',
  'tray.menu.pause': 'Pause notifications',
  'tray.menu.quit': 'Quit Flagwatch',
} as const;
