// `flagwatch appeals`: the saved appeals, listed or one written to a file (Markdown, PDF or text),
// from the data folder alone: no network, no source, no lock (it only reads). The same summaries
// as the Appeals view and the same files as its export. Text follows the language in Settings
// (else the system's); `--json` keeps the contract's keys. Exit 0 done, 1 failed, 2 bad usage.
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { findCjkFont, systemFontProbe } from '../adapters/pdf/cjk-font';
import { createRecordPdfWriter } from '../adapters/pdf/record-pdf';
import { openStoresToRead } from '../adapters/store/read-only-stores';
import { exportAppeal } from '../app/appeal-export';
import type { Stores } from '../app/ports';
import { appealSummary } from '../core/appeal/appeal-summary';
import type { AppealSummary } from '../core/appeal/appeal-views';
import { marketplaceById } from '../core/catalog/marketplaces';
import { messageOf } from '../core/error-message';
import { translatorFor } from '../core/i18n/catalogues';
import { posixLanguages, resolveLocale } from '../core/i18n/locales';
import type { Translator } from '../core/i18n/translator';
import { parseAppealsCommandLine } from './appeals-args';
import { UsageError } from './args';
import type { CliHost } from './cli-host';
import { cliTranslator } from './cli-language';
import { defaultDataDir } from './data-dir';

export async function runAppeals(argv: readonly string[], host: CliHost): Promise<number> {
  const fallbackDataDir = defaultDataDir(host);
  const t = cliTranslator(host.env);
  let line;
  try {
    line = parseAppealsCommandLine(argv, fallbackDataDir, t);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    host.err(`flagwatch appeals: ${error.message}\n\n${error.usage}`);
    return 2;
  }
  if (line.command === 'help') {
    host.out(line.text);
    return 0;
  }
  const dataDir = path.resolve(line.dataDir ?? fallbackDataDir);
  if (!existsSync(dataDir)) {
    host.err(`flagwatch appeals: ${t.t('appealRecord.cli.noData', { dataDir })}`);
    return 1;
  }
  const stores = openStoresToRead(dataDir);
  const words = translatorFor(resolveLocale(stores.settings.read().settings.language, posixLanguages(host.env)));
  for (const recovery of stores.recoveries(words)) host.logger.warn(recovery.message, { file: recovery.file });

  if (line.command === 'list') {
    const summaries = savedAppeals(stores);
    host.out(line.json ? JSON.stringify(summaries, null, 2) : listText(summaries, stores, words));
    return 0;
  }
  const appeal = stores
    .appeals()
    .read()
    .appeals.find((a) => a.id === line.id);
  if (!appeal) {
    host.err(`flagwatch appeals export: ${words.t('appealRecord.cli.notFound', { id: line.id })}`);
    return 1;
  }
  const out = path.resolve(line.out);
  try {
    const file = await exportAppeal(appeal, line.format, {
      inbox: stores.inbox().read(),
      t: words,
      pdf: createRecordPdfWriter({ cjkFont: () => findCjkFont(host.platform, systemFontProbe) }),
    });
    await writeFile(out, Buffer.from(file.content, file.encoding));
  } catch (error) {
    const reason = messageOf(error);
    host.err(
      `flagwatch appeals export: ${isFileError(error) ? words.t('appealRecord.cli.cannotWrite', { file: out, reason }) : reason}`,
    );
    return 1;
  }
  host.out(words.t('appealRecord.cli.written', { file: out }));
  return 0;
}

/** Every saved appeal, newest change first: what `appeals.list` answers the window. */
function savedAppeals(stores: Stores): AppealSummary[] {
  const byId = new Map(
    stores
      .inbox()
      .read()
      .notifications.map((n) => [n.id, n]),
  );
  return stores
    .appeals()
    .read()
    .appeals.map((a) => appealSummary(a, a.notificationId === null ? undefined : byId.get(a.notificationId)))
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

function listText(summaries: readonly AppealSummary[], stores: Stores, t: Translator): string {
  if (summaries.length === 0) return t.t('appealRecord.cli.none');
  const accounts = stores.inbox().read().accounts;
  return summaries
    .map((a) =>
      t.t('appealRecord.cli.line', {
        id: a.id,
        status: t.t(`appeal.status.${a.status}`),
        attempts: t.t('appealRecord.attemptsUsed', { used: a.attemptsUsed, limit: a.attemptLimit }),
        deadline: t.date(a.deadline, 'date'),
        where: [
          a.accountId === null ? null : (accounts.find((x) => x.id === a.accountId)?.name ?? a.accountId),
          a.marketplaceId === null ? null : marketplaceById(a.marketplaceId).code,
        ]
          .filter((part) => part !== null)
          .join(' · '),
        title: a.title.trim() || t.t('appeal.blankTitle'),
      }),
    )
    .join('\n');
}

function isFileError(error: unknown): boolean {
  return typeof (error as NodeJS.ErrnoException).code === 'string';
}
