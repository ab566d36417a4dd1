// Settings: the check interval, pausing desktop notifications, quiet hours. The language
// choice itself uses `common.language.*`.
export const settings = {
  'settings.title': 'Settings',
  'settings.loading': 'Loading settings…',
  'settings.interval': 'Check every',
  'settings.minutes': 'minutes',
  'settings.interval.hint':
    'Amazon accounts are never checked more often than their own minimum, even if you choose less here.',
  'settings.paused': 'Pause desktop notifications',
  'settings.paused.hint':
    'Flagwatch keeps checking and the inbox stays up to date, but shows no desktop notifications.',
  'settings.quiet': 'Quiet hours',
  'settings.quiet.from': 'From',
  'settings.quiet.until': 'Until',
  'settings.quiet.hint':
    'No desktop notifications between these times, every day; they may span midnight, like 22:00 until 07:00.',
  'settings.digest': 'Morning digest',
  'settings.digest.at': 'At',
  'settings.digest.days': 'On these days',
  'settings.digest.hint':
    'One calm desktop notification a day: what is open, what is due soonest, which metric is closest to its target, or “All clear”. During quiet hours it comes when they end.',
  'settings.criticalStillComes': 'Critical ones (an account at risk or deactivated) still come through.',
  'settings.saved': 'Settings saved.',
  'settings.nothingToSave': 'Nothing to save: no setting was changed.',
  'settings.error.interval': 'Check every: enter a whole number of minutes from {min} to {max} (one day).',
  'settings.error.quietStart': 'Quiet hours from: enter a time as hours and minutes, like 22:00.',
  'settings.error.quietEnd': 'Quiet hours until: enter a time as hours and minutes, like 07:00.',
  'settings.error.digestTime': 'Morning digest at: enter a time as hours and minutes, like 09:00.',
  'settings.error.quietEmpty':
    'Quiet hours until: choose a different time from the start, or the quiet hours would never begin.',

  /** What failed, for "Could not {action}: …" (common.couldNot). */
  'settings.action.load': 'load the settings',
  'settings.action.save': 'save the settings',
} as const;
