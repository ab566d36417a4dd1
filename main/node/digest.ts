// `flagwatch digest`: the morning digest from the saved data, without checking, for cron or a
// script that emails it. The same facts and words as the desktop digest and the Today view; JSON
// keeps its keys and values, the text follows the language in Settings (else the system's), and
// accounts or marketplaces hidden in Settings are left out, as the app leaves them out.
import { existsSync } from 'node:fs';
import { openStoresToRead } from '../adapters/store/read-only-stores';
import { dailySummary } from '../app/daily-summary';
import { translatorFor } from '../core/i18n/catalogues';
import { posixLanguages, resolveLocale } from '../core/i18n/locales';
import type { Translator } from '../core/i18n/translator';
import { digestNotification } from '../core/digest/digest-text';
import type { DigestOptions } from './args';
import type { CliHost } from './cli-host';

export function runDigest(options: DigestOptions & { dataDir: string }, host: CliHost, t: Translator): number {
  if (!existsSync(options.dataDir)) {
    host.err(`flagwatch digest: ${t.t('digest.cli.noData', { dataDir: options.dataDir })}`);
    return 1;
  }
  const stores = openStoresToRead(options.dataDir);
  const { settings } = stores.settings.read();
  const words = translatorFor(resolveLocale(settings.language, posixLanguages(host.env)));
  for (const recovery of stores.recoveries(words)) host.logger.warn(recovery.message, { file: recovery.file });
  const summary = dailySummary(stores, host.clock.now(), settings.hidden);
  if (options.json) {
    host.out(JSON.stringify(summary, null, 2));
    return 0;
  }
  const { title, body } = digestNotification(summary, stores.inbox().read().accounts, words);
  host.out(`${title}\n${body}`);
  return 0;
}
