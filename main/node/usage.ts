// The help texts of the `flagwatch` command, one per subcommand, in the command line's language.
import type { Translator } from '../core/i18n/translator';
import { sourceNames } from '../compose/source-registry';

export type CommandName = 'serve' | 'check' | 'digest';

export function mainUsage(t: Translator): string {
  return t.t('cli.usage.main');
}

export function commandUsage(command: CommandName, defaultDataDir: string, t: Translator): string {
  if (command === 'digest') return t.t('digest.usage', { dataDir: defaultDataDir });
  const shared = t.t('cli.usage.shared', { dataDir: defaultDataDir, sources: sourceNames().join(', ') });
  if (command === 'check') return t.t('cli.usage.check', { shared });
  return `${t.t('cli.usage.serve', { shared })}\n\n${t.t('digest.serve.usage')}`;
}
