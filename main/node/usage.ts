// The help texts of the `flagwatch` command, one per subcommand, in the command line's language.
import type { Translator } from '../core/i18n/translator';
import { sourceNames } from '../compose/source-registry';

export type CommandName = 'serve' | 'check';

export function mainUsage(t: Translator): string {
  return t.t('cli.usage.main');
}

export function commandUsage(command: CommandName, defaultDataDir: string, t: Translator): string {
  const shared = t.t('cli.usage.shared', { dataDir: defaultDataDir, sources: sourceNames().join(', ') });
  return t.t(command === 'serve' ? 'cli.usage.serve' : 'cli.usage.check', { shared });
}
