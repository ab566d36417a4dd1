// `flagwatch <command>`: parses the command line and runs the command. Exit codes: 0 done,
// 1 the command failed (one line on stderr says why), 2 the command line was wrong. It speaks
// the system's language (LANG and its kin).
import path from 'node:path';
import { acquireFolderLock, FolderInUseError } from '../adapters/lock/folder-lock';
import { NothingToCheckError } from '../compose/compose-app';
import { messageOf } from '../core/error-message';
import { loadEnglishIssueMessages } from '../core/issue-messages';
import type { Translator } from '../core/i18n/translator';
import { parseCommandLine, UsageError, type CommandLine } from './args';
import { runAppeal } from './appeal-check';
import { runAppeals } from './appeals';
import { runCheck } from './check';
import type { CliHost } from './cli-host';
import { cliTranslator } from './cli-language';
import { defaultDataDir } from './data-dir';
import { runDigest } from './digest';
import { runNotice } from './notice-parse';
import { runServe } from './serve';

export async function runCli(argv: readonly string[], host: CliHost): Promise<number> {
  // A refused file or payload is worded with zod's own messages, in the log's English.
  loadEnglishIssueMessages();
  const fallbackDataDir = defaultDataDir(host);
  const t = cliTranslator(host.env);
  let line: CommandLine;
  try {
    line = parseCommandLine(argv, fallbackDataDir, t);
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
  if (line.command === 'appeals') return runAppeals(line.argv, host);
  if (line.command === 'notice') return runNotice(line.argv, host);
  const dataDir = path.resolve(line.options.dataDir ?? fallbackDataDir);
  // Only writers lock: a digest reads saved files, and a report file is not the data folder.
  const usesFolder = line.command === 'serve' || (line.command === 'check' && line.options.reportFile === undefined);
  let lock: { release(): void } | null = null;
  try {
    if (usesFolder) lock = acquireFolderLock(dataDir, { command: line.command, now: host.clock.now() });
    if (line.command === 'serve') return await runServe({ ...line.options, dataDir }, host, t);
    if (line.command === 'digest') return runDigest({ ...line.options, dataDir }, host, t);
    return await runCheck({ ...line.options, dataDir }, host, t);
  } catch (error) {
    host.err(`flagwatch ${line.command}: ${failureText(error, t)}`);
    return 1;
  } finally {
    lock?.release();
  }
}

/** Our own failures in the command line's language; anything else as it was thrown. */
function failureText(error: unknown, t: Translator): string {
  if (error instanceof FolderInUseError) {
    const { command, pid, since } = error.holder;
    return t.t('cli.lock.inUse', {
      dataDir: error.dataDir,
      command,
      pid: String(pid),
      since: t.date(since, 'dateTime'),
    });
  }
  if (error instanceof NothingToCheckError)
    return t.t('cli.check.nothingToCheck', { variables: error.variables.join(', ') });
  return messageOf(error);
}
