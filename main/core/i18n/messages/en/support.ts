// Seller Support (the Help menu): shortcuts by marketplace, the case summary, the contact log and
// its repeat-contact warning, and the way there from an appeal. The case summary's own text and the
// tray's shortcut are the host's (host/support.ts).
export const support = {
  'support.nav': 'Help',
  'support.title': 'Seller Support',
  'support.intro':
    'Once the appeals are used, or when Amazon asks for something the appeal form cannot take, Seller Support is reached from Seller Central’s Help menu: Contact us, then email, a call-back or chat. Email is not the channel for appeals.',
  'support.loading': 'Loading Seller Support…',
  'support.notification': 'About the notification',
  'support.notification.none': 'No particular notification',
  'support.marketplace': 'Seller Central for {marketplace}',
  'support.marketplace.pick': 'Marketplace',
  'support.links': 'Shortcuts',
  'support.link.email': 'Email Seller Support',
  'support.link.email.hint': 'Contact us, then a category, then E-mail.',
  'support.link.phone': 'Request a call-back',
  'support.link.phone.hint': 'Amazon calls you back on the number you enter; there is no public phone number.',
  'support.link.chat': 'Chat with Seller Support',
  'support.link.chat.hint': 'Contact us, then Chat: for quick, simple questions.',
  'support.link.notifications': 'Performance Notifications',
  'support.link.notifications.hint': 'Every notice Amazon sent on this marketplace.',
  'support.link.accountHealth': 'Account Health',
  'support.link.accountHealth.hint': 'Your metrics, and appeals after the first one.',
  'support.link.opens': 'Opens {host} in your browser.',
  'support.repeat':
    'You contacted Seller Support about this notification {when} ({channel}). Amazon has deactivated accounts for excessive or duplicate contacts: follow up in that case rather than opening a new one.',
  'support.repeatWithCase':
    'You contacted Seller Support about this notification {when} ({channel}, case {caseId}). Amazon has deactivated accounts for excessive or duplicate contacts: follow up in that case rather than opening a new one.',

  'support.summary.heading': 'Case summary',
  'support.summary.copy': 'Copy case summary',
  'support.summary.copied': 'The case summary is on the clipboard.',

  'support.channel.email': 'Email',
  'support.channel.phone': 'Call-back',
  'support.channel.chat': 'Chat',

  'support.log.heading': 'Contacts with Seller Support',
  'support.log.empty': 'No contact recorded yet.',
  'support.log.channel': 'Channel',
  'support.log.date': 'Date',
  'support.log.caseId': 'Case id (from Amazon)',
  'support.log.note': 'Note',
  'support.log.record': 'Record contact',
  'support.log.recordAnyway': 'Record anyway',
  'support.log.recorded': 'Contact recorded.',
  'support.log.entry': '{when} · {channel}',
  'support.log.entryCase': 'Case {caseId}',
  'support.log.about': 'About: {title}',
  'support.log.windowDays': 'Warn before a repeat contact within (days)',
  'support.log.windowSave': 'Save',

  'support.guidance.title': 'Time to contact Seller Support',
  'support.guidance.attemptsUsedUp':
    'Every appeal attempt is used. Contact Seller Support from the Help menu, with the case summary ready.',
  'support.guidance.infoRequested':
    'Amazon asked for more information. If the appeal form cannot take it (files it refuses, questions outside the form), Seller Support can add it to the case.',
  'support.guidance.open': 'Open the Seller Support shortcuts',
  'support.fromNotification': 'Contact Seller Support',

  'support.action.load': 'load the Seller Support contacts',
  'support.action.record': 'record the contact',
  'support.action.summary': 'prepare the case summary',
  'support.action.copy': 'copy the case summary',
  'support.action.window': 'save the number of days',
} as const;
