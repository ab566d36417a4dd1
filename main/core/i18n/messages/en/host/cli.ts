// The `flagwatch` command's words for people: help texts, command-line mistakes, the check's
// report and its failures. Option names, `--json` keys and enum values are never translated.
export const cli = {
  'cli.lock.inUse':
    'the data folder {dataDir} is in use by another Flagwatch ({command}, process {pid}, since {since}): stop that one, or choose another folder with --data-dir',
  'cli.usage.main': `Usage: flagwatch <command> [options]

Commands:
  serve   Run Flagwatch in your web browser: serves the app on 127.0.0.1 and keeps checking
  check   Check once, print the performance notifications by metric group, and exit
  digest  Print the morning digest from the saved data, without checking
  appeal check FILE
          Check a plan of action written as plain text, and print what to improve
  appeals List the saved appeals, or write one to a file (export ID --format md|pdf|text --out FILE)
  notice parse FILE|-
          Read an Amazon performance notification from text, and print its fields

Run \`flagwatch <command> --help\` for the options of a command.`,
  'cli.usage.shared': `  --data-dir DIR    Where Flagwatch keeps its files (default: {dataDir})
  --source NAME     Where notifications come from: {sources} (default: demo)
  --demo-seed N     Demo: which simulated story to run; a seed other than last time's starts
                    a new story (default: the one this data folder ran before, else 1)
  --demo-speed X    Demo: how many times faster than real time the story runs, at most 10000
                    (default: the demo speed in the settings, 1 unless changed)
  -h, --help        Show this help`,
  'cli.usage.serve': `Usage: flagwatch serve [options]

Runs Flagwatch and serves its window to your web browser. It listens on 127.0.0.1 only and
prints the address to open, which carries an access token that changes on every run. It keeps
checking for new performance notifications and shows desktop notifications for new ones.
Stop it with Ctrl+C.

Options:
  --port N          Port on 127.0.0.1 (default: 4780; 0 picks a free port)
{shared}`,
  'cli.usage.check': `Usage: flagwatch check [options]

Checks for performance notifications once, prints the open ones grouped by metric group, and
exits: 0 when the check worked, 1 when it failed (the reason goes to standard error).
Made for scripts and cron: it raises no desktop notifications, its output is the report. What
it finds is saved in the data folder like any other check, so a later \`flagwatch serve\` counts
it as unread but does not raise a desktop notification for it.

Options:
  --json            Print '{groups: [{group, label, unread, notifications}], badge}' as JSON
  --report-file FILE
                    Read a downloaded seller performance report (GET_V2_SELLER_PERFORMANCE_REPORT,
                    gzipped or plain JSON) instead of checking: prints each metric against its
                    target per marketplace, then the notifications the report implies. Contacts
                    no one and saves nothing. With --json: '{marketplaces, notifications, problems}'
  --timeout MINUTES How long the check may take before it gives up and exits 1 (default 15,
                    at most 120)
{shared}`,

  'cli.args.missingCommand': 'missing command',
  'cli.args.unknownCommand': 'unknown command "{command}"',
  'cli.args.unknownOption': "unknown option ''{option}''",
  'cli.args.missingValue': "option ''{option}'' argument missing",
  'cli.args.takesNoValue': "option ''{option}'' does not take an argument",
  'cli.args.unexpectedArgument': "unexpected argument ''{argument}''",
  'cli.args.badValue': '--{option} must be {expected}, not "{value}"',
  'cli.args.empty': '--{option} must not be empty',
  'cli.args.unknownSource': 'unknown source "{source}": choose one of {sources}',
  'cli.args.expected.port': 'a whole number from 0 to 65535',
  'cli.args.expected.seed': 'a whole number of 0 or more',
  'cli.args.expected.speed': 'a number above 0 and at most {max}',
  'cli.args.expected.minutes': 'a whole number of minutes from 1 to {max}',

  'cli.check.unread':
    '{count, plural, =0 {No unread performance notifications.} one {# unread performance notification.} other {# unread performance notifications.}}',
  'cli.check.groupNoneOpen': '{group}: none open',
  'cli.check.groupCounts': '{group}: {open} open, {unread} unread',
  'cli.check.noDeadline': 'no deadline',
  'cli.check.deadline': '{left} ({at})',
  'cli.check.failed': 'the check failed: {reason}',
  'cli.check.nothingToCheck':
    "no Amazon account to check: set {variables} (see the README), or add an account in Flagwatch's Accounts view",

  'cli.report.account': 'this report',
  'cli.report.marketplace': '{name} ({code}): account status {status}',
  'cli.report.marketplaceRated': '{name} ({code}): account status {status}, Account Health Rating {rating}',
  'cli.report.statusMissing': 'not in the report',
  'cli.report.noMetrics': '  no metrics in the report',
  'cli.report.target': 'target {target}',
  'cli.report.verdict.meets': 'meets',
  'cli.report.verdict.misses': 'MISSES',
  'cli.report.verdict.noData': 'no data',
  'cli.report.window': '({days} days)',
  'cli.report.problems': 'Parts of the report Flagwatch could not use:',
  'cli.report.cannotRead': 'cannot read {file}: {problem}',
  'cli.report.noSuchFile': 'no such file',
  'cli.report.isFolder': 'it is a folder, not a file',
  'cli.report.permissionDenied': 'permission denied',
  'cli.report.notJson': '{file} is not a JSON document ({problem})',
  'cli.report.notGzip': '{file} looks gzipped but does not decompress ({problem})',

  'cli.serve.running': 'Flagwatch is running at {url}',
  'cli.serve.notBuilt': "the window's files are missing ({page}): run `npm run build` first",
} as const;
