// `flagwatch notice parse FILE|- [--received DATE] [--json]`: reads Amazon's performance notice
// from a file or standard input and prints its fields, in the language of LANG (or as JSON with
// fixed keys). Exit 0 when it is a notice, 1 when it is not or cannot be read (the reason on
// standard error), 2 for a wrong command line. Contacts no one and saves nothing.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { translatorFor } from '../core/i18n/catalogues';
import { matchLocale, posixLanguages } from '../core/i18n/locales';
import type { Translator } from '../core/i18n/translator';
import { inboxGroupOf } from '../core/notice/notice-metric';
import { parseNotice, type ParsedNotice } from '../core/notice/parse-notice';
import { UsageError } from './args';
import type { CliHost } from './cli-host';

export interface NoticeParseOptions {
  /** A file, or "-" for standard input. */
  file: string;
  /** When the notice arrived (ISO 8601); periods such as "within 7 days" count from it. */
  received: string | undefined;
  json: boolean;
}

type NoticeHost = Pick<CliHost, 'out' | 'err' | 'env' | 'clock' | 'readStdin'>;

export async function runNotice(argv: readonly string[], host: NoticeHost): Promise<number> {
  const t = translatorFor(matchLocale(posixLanguages(host.env)));
  let options: NoticeParseOptions | 'help';
  try {
    options = parseNoticeCommandLine(argv, t);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    host.err(`flagwatch notice: ${error.message}\n\n${error.usage}`);
    return 2;
  }
  if (options === 'help') {
    host.out(t.t('notice.cli.usage'));
    return 0;
  }
  let text: string;
  try {
    text = options.file === '-' ? await readStdin(host) : await readFile(options.file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    host.err(`flagwatch notice parse: ${t.t('notice.cli.unreadable', { file: options.file, reason })}`);
    return 1;
  }
  const result = parseNotice({ text, receivedAt: options.received ?? host.clock.now().toISOString() });
  if (!result.ok) {
    const reason = t.t(`notice.reason.${result.reason}`);
    host.err(`flagwatch notice parse: ${t.t('notice.cli.notNotice', { reason })}`);
    return 1;
  }
  host.out(options.json ? noticeJson(result.notice) : noticeText(result.notice, t));
  return 0;
}

function readStdin(host: NoticeHost): Promise<string> {
  return host.readStdin ? host.readStdin() : Promise.reject(new Error('no standard input'));
}

export function parseNoticeCommandLine(argv: readonly string[], t: Translator): NoticeParseOptions | 'help' {
  const usage = t.t('notice.cli.usage');
  const [sub, ...rest] = argv;
  if (sub === '--help' || sub === '-h' || sub === 'help') return 'help';
  if (sub !== 'parse') {
    const what = sub === undefined ? t.t('cli.args.missingCommand') : t.t('cli.args.unknownCommand', { command: sub });
    throw new UsageError(what, usage);
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      strict: true,
      allowPositionals: true,
      options: { json: { type: 'boolean' }, received: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new UsageError(message.charAt(0).toLowerCase() + message.slice(1), usage);
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  const [file, extra] = positionals;
  if (file === undefined || file.trim() === '') throw new UsageError(t.t('notice.cli.missingFile'), usage);
  if (extra !== undefined) throw new UsageError(t.t('checker.cli.extraArgument', { argument: extra }), usage);
  const received = values.received;
  if (received !== undefined && Number.isNaN(Date.parse(received))) {
    throw new UsageError(
      t.t('cli.args.badValue', { option: 'received', expected: t.t('notice.cli.expectedDate'), value: received }),
      usage,
    );
  }
  return {
    file,
    received: received === undefined ? undefined : new Date(received).toISOString(),
    json: values.json === true,
  };
}

/** The fields under the keys scripts rely on, in this order (newer keys last); the text itself is left out. */
function noticeJson(notice: ParsedNotice): string {
  const { title, metricGroup, policy, asins, deadline, deadlineText, requiredAction, language, links, deadlineDay } =
    notice;
  return JSON.stringify(
    { title, metricGroup, policy, asins, deadline, deadlineText, requiredAction, language, links, deadlineDay },
    null,
    2,
  );
}

/** A stated date as its day alone: where it ends depends on the marketplace, which the command does not know. */
function deadlineWhen(notice: ParsedNotice, t: Translator): string {
  if (notice.deadlineDay === null) return t.date(notice.deadline!, 'dateTime');
  const day = new Intl.DateTimeFormat(t.locale, { dateStyle: 'medium', timeZone: 'UTC' });
  return day.format(Date.parse(`${notice.deadlineDay}T12:00:00.000Z`));
}

function noticeText(notice: ParsedNotice, t: Translator): string {
  const none = t.t('notice.cli.none');
  const deadline =
    notice.deadline === null
      ? none
      : `${deadlineWhen(notice, t)} (${t.t('notice.field.deadline.stated', { words: notice.deadlineText ?? '' })})`;
  const rows: Array<[string, string]> = [
    [t.t('notice.field.title'), notice.title],
    [t.t('notice.field.group'), t.t(`group.${inboxGroupOf(notice.metricGroup)}`)],
    [t.t('notice.field.policy'), notice.policy ?? none],
    [t.t('notice.field.asins'), notice.asins.length > 0 ? notice.asins.join(', ') : none],
    [t.t('notice.field.deadline'), deadline],
    [t.t('notice.field.requiredAction'), notice.requiredAction ?? none],
    [t.t('notice.field.language'), t.t(`notice.language.${notice.language}`)],
    [t.t('notice.field.links'), notice.links.length > 0 ? notice.links.join('\n  ') : none],
  ];
  return rows.map(([label, value]) => `${label}: ${value}`).join('\n');
}
