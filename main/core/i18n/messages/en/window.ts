// The window's frame: title, navigation, header status, banners, and the small phrases every
// view shares (a name with its code, a field's error, how long is left before a deadline).
export const appWindow = {
  'window.title': 'Performance Notifications',
  'window.unread.label': 'Unread notifications: {count, number}',
  'window.unread.count': '{count, number} unread',
  'window.nav': 'Views',
  'window.nav.inbox': 'Inbox',
  'window.nav.health': 'Account health',
  'window.nav.accounts': 'Accounts',
  'window.nav.settings': 'Settings',
  'window.checkStatus': 'Check status',
  'window.refresh': 'Refresh now',
  'window.markAllRead': 'Mark all read',

  'window.status.connecting': 'Connecting…',
  'window.status.checking': 'Checking…',
  'window.status.offline': 'Offline: showing the last known notifications.',
  'window.status.lastChecked': 'Last checked at {time}.',
  'window.status.notChecked': 'Not checked yet.',
  'window.status.nextCheck': 'Next check at {time}.',
  'window.status.paused': 'Desktop alerts are paused.',

  'window.lostConnection.title': 'Lost the connection to Flagwatch',
  'window.lostConnection.text': 'Reconnecting… What you see below may be out of date until the connection is back.',
  'window.checkFailed.title': 'The last check failed',
  'window.checkFailed.shownAsOf': 'Showing what was known at {time}.',
  'window.checkFailed.retryAt': 'Flagwatch will try again at {time}.',
  'window.problem.title': 'Something did not work',
  'window.recovered.title': 'A damaged data file was repaired',
  'window.recovered.keptAs': 'The damaged copy was kept as {path}',
  'window.dismiss': 'Dismiss',
  'window.dismissLabel': 'Dismiss: {title}',
  'window.startFailed': 'Flagwatch cannot start',
  'window.missingToken':
    'This page needs the address that `flagwatch serve` printed: it carries the access token. Open that address again.',

  /** What failed, for "Could not {action}: …" (common.couldNot). */
  'window.action.loadNotifications': 'load the notifications',
  'window.action.refresh': 'check for notifications',
  'window.action.markRead': 'mark as read',
  'window.action.markUnread': 'mark as unread',
  'window.action.snooze': 'snooze',
  'window.action.stopSnoozing': 'stop snoozing',
  'window.action.markAllRead': 'mark all as read',
  /** Why, when the page lost its link to the host. */
  'window.reason.disconnected': 'the connection to Flagwatch is lost; try again once it is back',

  /** Two sentences of one paragraph, one after the other. */
  'window.twoSentences': '{first} {second}',
  'window.nameAndCode': '{name} ({code})',
  'window.fieldError': '{field}: {error}',
  'window.saving': 'Saving…',
} as const;
