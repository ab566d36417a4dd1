// The morning digest as the host raises it (a native notification), its data file, and the
// `flagwatch digest` command.
export const digest = {
  'digest.title.allClear': 'All clear',
  'digest.title.open':
    '{open, plural, one {# open performance notification} other {# open performance notifications}}, {unread} unread',
  'digest.body.allClear': 'No performance notification is open and no appeal is waiting for Amazon.',
  'digest.mostUrgent': 'Most urgent: {title} ({where}), {left}',
  'digest.nearTarget': 'Close to target: {metric} {value}, target {target}, {headroom} to spare ({where})',
  'digest.nearTarget.more':
    '{count, plural, one {and # more metric close to target} other {and # more metrics close to target}}',
  'digest.awaiting': "{count, plural, one {# appeal is waiting} other {# appeals are waiting}} for Amazon's answer",

  'digest.store.label': 'morning digest record',
  'digest.store.startsOver': 'the days in a row start again, and today’s digest may come once more',

  'digest.usage': `Usage: flagwatch digest [options]

Prints the morning digest from the saved data, without checking: the open notifications by
metric group with their unread counts, the most urgent deadline, the metrics close to their
target and the appeals waiting for Amazon's answer, or "All clear". Made for cron, or a script
that emails it. Exits 0.

Options:
  --json            Print '{generatedAt, groups: [{group, open, unread}], mostUrgent, nearTarget, awaitingAnswer, allClear}' as JSON
  --data-dir DIR    Where Flagwatch keeps its files (default: {dataDir})
  -h, --help        Show this help`,
  'digest.serve.usage': `For demos and tests only:
  --clock-start T   Run on a simulated clock that starts at T (an ISO 8601 date and time, like
                    2026-11-02T08:30:00+08:00) instead of the system's clock
  --clock-speed X   How many times faster than real time the simulated clock runs, at most
                    86400 (default 1). While it runs, SIGTSTP puts the app to sleep as a
                    sleeping machine would (its timers stop, the clock goes on) and SIGCONT
                    wakes it`,
  'digest.args.expected.clockStart': 'an ISO 8601 date and time with its offset, like 2026-11-02T08:30:00Z',
  'digest.cli.noData': 'no saved data in {dataDir}: run `flagwatch serve` or `flagwatch check` first',
  'digest.args.clockSpeedAlone': '--clock-speed needs --clock-start',
} as const;
