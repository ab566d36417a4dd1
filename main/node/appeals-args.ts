// The command line of `flagwatch appeals [--json] [--data-dir DIR]` and `flagwatch appeals export
// ID --format md|pdf|text --out FILE [--data-dir DIR]`, parsed strictly like the other commands;
// its help and errors are in the reader's language.
import { parseArgs } from 'node:util';
import { exportFormats, type ExportFormat } from '../core/appeal-record/record-export';
import type { Translator } from '../core/i18n/translator';
import { UsageError } from './args';

export type AppealsCommandLine =
  | { command: 'help'; text: string }
  | { command: 'list'; json: boolean; dataDir?: string }
  | { command: 'export'; id: string; format: ExportFormat; out: string; dataDir?: string };

export function parseAppealsCommandLine(
  argv: readonly string[],
  defaultDataDir: string,
  t: Translator,
): AppealsCommandLine {
  const usage = t.t('appealRecord.cli.usage', { dataDir: defaultDataDir });
  const [first, ...rest] = argv;
  const exporting = first === 'export';
  if (first !== undefined && !exporting && !first.startsWith('-'))
    throw new UsageError(t.t('appealRecord.cli.unknownCommand', { command: first }), usage);
  let parsed;
  try {
    parsed = parseArgs({
      args: exporting ? rest : [...argv],
      strict: true,
      allowPositionals: exporting,
      options: {
        'data-dir': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        ...(exporting ? { format: { type: 'string' }, out: { type: 'string' } } : { json: { type: 'boolean' } }),
      },
    });
  } catch (error) {
    // Node's messages already name the option ("Unknown option '--x'"); keep them, lower-cased.
    const message = error instanceof Error ? error.message : String(error);
    throw new UsageError(message.charAt(0).toLowerCase() + message.slice(1), usage);
  }
  const values = parsed.values as Record<string, string | boolean | undefined>;
  if (values.help) return { command: 'help', text: usage };
  const dataDir = typeof values['data-dir'] === 'string' ? { dataDir: values['data-dir'] } : {};
  if (!exporting) return { command: 'list', json: values.json === true, ...dataDir };

  const [id, extra] = parsed.positionals;
  if (id === undefined || id.trim() === '') throw new UsageError(t.t('appealRecord.cli.missingId'), usage);
  if (extra !== undefined) throw new UsageError(t.t('cli.args.unexpectedArgument', { argument: extra }), usage);
  const format = values.format;
  if (typeof format !== 'string') throw new UsageError(t.t('appealRecord.cli.missingFormat'), usage);
  const known = exportFormats.find((f) => f === format);
  if (known === undefined) throw new UsageError(t.t('appealRecord.cli.badFormat', { format }), usage);
  const out = values.out;
  if (typeof out !== 'string' || out.trim() === '') throw new UsageError(t.t('appealRecord.cli.missingOut'), usage);
  return { command: 'export', id, format: known, out, ...dataDir };
}
