// What opening a host's sources needs: the data folder and store class for the files they keep,
// the clock and logger, the settings, and the options of the command line and the environment.
import type { ConfClass } from '../adapters/store/conf-class';
import type { RecoveryList } from '../adapters/store/recovery-list';
import type { Clock, Logger } from '../app/ports';
import type { Translator } from '../core/i18n/translator';
import type { Settings } from '../core/schema';

export interface SourceContext {
  dataDir: string;
  StoreClass: ConfClass;
  /** Where a source's own store files note a recovery, so the user is told of it. */
  recoveries?: RecoveryList;
  clock: Clock;
  logger: Logger;
  settings: Settings;
  /** Demo options from the command line; each overrides what the data folder remembers. */
  demoSeed?: number;
  demoSpeed?: number;
  appVersion: string;
  /** Where `--source spapi` finds its account (FLAGWATCH_SPAPI_*). */
  env: NodeJS.ProcessEnv;
  /** The language the app speaks when the source is opened, for the texts a source writes itself. */
  translator: Translator;
}
