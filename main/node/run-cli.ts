// `flagwatch <command>`: parses the command line and runs the command. Exit codes: 0 done,
// 1 the command failed (one line on stderr says why), 2 the command line was wrong.
import path from 'node:path';
import { parseCommandLine, UsageError, type CommandLine } from './args';
import { runAppeal } from './appeal-check';
import { runCheck } from './check';
import type { CliHost } from './cli-host';
import { defaultDataDir } from './data-dir';
import { runServe } from './serve';

export async function runCli(argv: readonly string[], host: CliHost): Promise<number> {
  const fallbackDataDir = defaultDataDir(host);
  let line: CommandLine;
  try {
    line = parseCommandLine(argv, fallbackDataDir);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    host.err(`flagwatch: ${error.message}\n\n${error.usage}`);
    return 2;
  }
  if (line.command === 'help') {
    host.out(line.text);
    return 0;
  }
  if (line.command === 'appeal') return runAppeal(line.argv, host);
  const dataDir = path.resolve(line.options.dataDir ?? fallbackDataDir);
  try {
    if (line.command === 'serve') return await runServe({ ...line.options, dataDir }, host);
    return await runCheck({ ...line.options, dataDir }, host);
  } catch (error) {
    host.err(`flagwatch ${line.command}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}
