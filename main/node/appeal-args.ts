// The command line of `flagwatch appeal check FILE [--asins A,B] [--previous FILE]... [--json]`,
// parsed strictly like the other commands; its help and errors are in the reader's language.
import { parseArgs } from 'node:util';
import type { Translator } from '../core/i18n/translator';
import { UsageError } from './args';

export interface AppealCheckOptions {
  file: string;
  asins: string[];
  previous: string[];
  json: boolean;
}

export type AppealCommandLine = { command: 'help'; text: string } | { command: 'check'; options: AppealCheckOptions };

export function parseAppealCommandLine(argv: readonly string[], t: Translator): AppealCommandLine {
  const usage = t.t('checker.cli.usage');
  const [sub, ...rest] = argv;
  if (sub === undefined || sub === '--help' || sub === '-h' || sub === 'help') {
    if (sub === undefined) throw new UsageError(t.t('checker.cli.missingFile'), usage);
    return { command: 'help', text: usage };
  }
  if (sub !== 'check') throw new UsageError(t.t('checker.cli.unknownCommand', { command: sub }), usage);
  let parsed: ReturnType<typeof parseCheck>;
  try {
    parsed = parseCheck(rest);
  } catch (error) {
    // Node's messages already name the option ("Unknown option '--x'"); keep them, lower-cased.
    const message = error instanceof Error ? error.message : String(error);
    throw new UsageError(message.charAt(0).toLowerCase() + message.slice(1), usage);
  }
  const { values, positionals } = parsed;
  if (values.help) return { command: 'help', text: usage };
  const [file, extra] = positionals;
  if (file === undefined || file.trim() === '') throw new UsageError(t.t('checker.cli.missingFile'), usage);
  if (extra !== undefined) throw new UsageError(t.t('checker.cli.extraArgument', { argument: extra }), usage);
  return {
    command: 'check',
    options: {
      file,
      asins: (values.asins ?? []).flatMap((list) => list.split(/[\s,]+/)).filter((asin) => asin !== ''),
      previous: values.previous ?? [],
      json: values.json === true,
    },
  };
}

function parseCheck(args: string[]) {
  return parseArgs({
    args,
    strict: true,
    allowPositionals: true,
    options: {
      asins: { type: 'string', multiple: true },
      previous: { type: 'string', multiple: true },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}
