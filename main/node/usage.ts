// The help texts of the `flagwatch` command, one per subcommand.
import { sourceNames } from '../compose/source-registry';

export type CommandName = 'serve' | 'check';

export function mainUsage(): string {
  return `Usage: flagwatch <command> [options]

Commands:
  serve   Run Flagwatch in your web browser: serves the app on 127.0.0.1 and keeps checking
  check   Check once, print the performance notifications by metric group, and exit
  appeal check FILE
          Check a plan of action written as plain text, and print what to improve

Run \`flagwatch <command> --help\` for the options of a command.`;
}

export function commandUsage(command: CommandName, defaultDataDir: string): string {
  const shared = `  --data-dir DIR    Where Flagwatch keeps its files (default: ${defaultDataDir})
  --source NAME     Where notifications come from: ${sourceNames().join(', ')} (default: demo)
  --demo-seed N     Demo: which simulated story to run; a seed other than last time's starts
                    a new story (default: the one this data folder ran before, else 1)
  --demo-speed X    Demo: how many times faster than real time the story runs, at most 10000
                    (default: the demo speed in the settings, 1 unless changed)
  -h, --help        Show this help`;
  if (command === 'serve') {
    return `Usage: flagwatch serve [options]

Runs Flagwatch and serves its window to your web browser. It listens on 127.0.0.1 only and
prints the address to open, which carries an access token that changes on every run. It keeps
checking for new performance notifications and shows desktop notifications for new ones.
Stop it with Ctrl+C.

Options:
  --port N          Port on 127.0.0.1 (default: 4780; 0 picks a free port)
${shared}`;
  }
  return `Usage: flagwatch check [options]

Checks for performance notifications once, prints the open ones grouped by metric group, and
exits: 0 when the check worked, 1 when it failed (the reason goes to standard error).
Made for scripts and cron: it raises no desktop notifications, its output is the report. What
it finds is saved in the data folder like any other check, so a later \`flagwatch serve\` counts
it as unread but does not raise a desktop notification for it.

Options:
  --json            Print {groups: [{group, label, unread, notifications}], badge} as JSON
  --report-file FILE
                    Read a downloaded seller performance report (GET_V2_SELLER_PERFORMANCE_REPORT,
                    gzipped or plain JSON) instead of checking: prints each metric against its
                    target per marketplace, then the notifications the report implies. Contacts
                    no one and saves nothing. With --json: {marketplaces, notifications, problems}
${shared}`;
}
