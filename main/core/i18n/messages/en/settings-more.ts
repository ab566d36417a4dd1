// Settings, continued: which desktop notifications come and with what sound, the accounts and
// marketplaces shown, the theme, and starting with the system.
export const settingsMore = {
  'settings.alerts': 'Desktop notifications',
  'settings.alerts.groups': 'For these metric groups',
  'settings.alerts.severity': 'Severity',
  'settings.alerts.show': 'Show',
  'settings.alerts.sound': 'Sound',
  'settings.alerts.showFor': 'Show {severity} notifications',
  'settings.alerts.soundFor': 'Play a sound for {severity} notifications',
  'settings.alerts.hint':
    'For new notifications only; the inbox always has them all. Critical ones (an account at risk or deactivated) always come, in every group.',
  'settings.shown': 'Accounts and marketplaces shown',
  'settings.shown.accounts': 'Accounts',
  'settings.shown.marketplaces': 'Marketplaces',
  'settings.shown.none': 'No accounts yet: they appear here after the first check.',
  'settings.shown.hint':
    'Hidden ones are still checked and kept, but left out of the window, the badge and desktop notifications (critical ones too) until shown again.',
  'settings.theme': 'Theme',
  'settings.theme.light': 'Light',
  'settings.theme.dark': 'Dark',
  'settings.launch': 'Start Flagwatch when I log in',
  'settings.launch.hint': 'It starts in the tray, without opening its window.',
  'settings.launch.browser':
    'Does not apply here: this Flagwatch runs in the browser (flagwatch serve). The desktop app offers it.',
  'settings.launch.unsupported':
    'Not available on this system: add Flagwatch to your desktop’s startup applications instead.',
} as const;
