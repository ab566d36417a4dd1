// Amazon's notices in Flagwatch: "Add from text", the parsed fields, and `flagwatch notice parse`.
// Amazon's own words (the notice's text, title, policy, action) are shown as written, never here.
export const notice = {
  'notice.nav': 'Add from text',
  'notice.title': 'Add a notification from text',
  'notice.intro':
    'Paste a performance notification copied from Seller Central or from Amazon’s email. Flagwatch reads its fields; check them, correct them if needed, and save.',
  'notice.text.label': 'Notification text',
  'notice.action.read': 'Read the text',
  'notice.action.save': 'Save notification',
  'notice.failure.read': 'read the text',
  'notice.failure.save': 'save the notification',
  'notice.reading': 'Reading…',
  'notice.saving': 'Saving…',
  'notice.reason.empty': 'There is no text to read.',
  'notice.reason.not-from-amazon': 'The message is not from an Amazon address.',
  'notice.reason.not-a-notice': 'This text does not look like an Amazon performance notification.',
  'notice.fields': 'What Flagwatch read',
  'notice.field.title': 'Title',
  'notice.field.group': 'Metric group',
  'notice.field.policy': 'Policy',
  'notice.field.asins': 'ASINs',
  'notice.field.asins.hint': 'One or more, separated by spaces or commas',
  'notice.field.deadline': 'Deadline',
  'notice.field.deadline.stated': 'Stated as: {words}',
  'notice.field.requiredAction': 'Required action',
  'notice.field.language': 'Language of the notification',
  'notice.field.links': 'Seller Central links',
  'notice.field.account': 'Account',
  'notice.field.marketplace': 'Marketplace',
  'notice.noAccounts':
    'Flagwatch knows no account yet: add one, or wait for the first check, before saving a notification.',
  'notice.invalid.title': 'The title must not be empty.',
  'notice.invalid.asins': 'These are not ASINs (10 capital letters or digits): {asins}',
  'notice.invalid.deadline': 'The deadline is not a date and time.',
  'notice.saved.created': 'Saved as a new notification.',
  'notice.saved.linked': 'Added to the notification Flagwatch already had about this event.',
  'notice.saved.duplicate': 'This notification was already in the inbox.',
  'notice.saved.open': 'Open it',
  'notice.error.noSuchMarketplace': 'Account {accountId} has no marketplace {marketplaceId} in Flagwatch.',
  'notice.language.en': 'English',
  'notice.language.de': 'German',
  'notice.language.ja': 'Japanese',
  'notice.language.zh': 'Chinese',
  'notice.detail.heading': 'Amazon’s notification',
  'notice.detail.received': 'Received {when} ({origin})',
  'notice.origin.email': 'by email',
  'notice.origin.paste': 'pasted',
  'notice.cli.usage': `Usage: flagwatch notice parse FILE|- [options]

Reads an Amazon performance notification (copied from Seller Central or an email, as plain
text) from FILE, or from standard input with -, and prints what it states: title, metric group,
policy, ASINs, deadline, required action, language and Seller Central links. Exits 0 when the
text is a performance notification, 1 when it is not or cannot be read (the reason goes to
standard error). Saves nothing.

Options:
  --received DATE   When the notification arrived (ISO 8601), for periods such as
                    "within 7 days" (default: now)
  --json            Print JSON: title, metricGroup, policy, asins, deadline, deadlineText,
                    requiredAction, language, links
  -h, --help        Show this help`,
  'notice.cli.unreadable': 'Could not read {file}: {reason}',
  'notice.cli.notNotice': 'Not a performance notification: {reason}',
  'notice.cli.none': '(none)',
  'notice.cli.missingFile': "Name the notice's file, or - to read standard input.",
  'notice.cli.expectedDate': 'a date and time (ISO 8601)',
  'notice.tray.add': 'Add notification from text…',
} as const;
