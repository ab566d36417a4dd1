// Amazon's notices as the host reads them from the command line and the tray.
export const notice = {
  'notice.error.noSuchMarketplace': 'Account {accountId} has no marketplace {marketplaceId} in Flagwatch.',
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
