// The tray icon's menu, which the host draws.
export const tray = {
  'tray.menu.open': 'Open Flagwatch',
  'tray.menu.refresh': 'Refresh now',
  'tray.menu.pause': 'Pause notifications',
  'tray.menu.quit': 'Quit Flagwatch',
} as const;
