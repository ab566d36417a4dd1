// The sources a host can run, by the name given to --source. A new source plugs in here with one
// entry; everything else (the app, the server, the check) takes any Source. The accounts added in
// the window come on top of these (see the composition root).
import type { Clock, Logger, Source } from '../app/ports';
import type { ConfClass } from '../adapters/store/conf-class';
import type { Translator } from '../core/i18n/translator';
import type { Settings } from '../core/schema';
import { openDemoSource } from './demo/open-demo-source';
import { spapiEnvPrefix } from './spapi/env-account';
import { openEnvironmentSpApiSource } from './spapi/open-spapi-source';

export interface SourceContext {
  dataDir: string;
  StoreClass: ConfClass;
  clock: Clock;
  logger: Logger;
  settings: Settings;
  /** Demo options from the command line; each overrides what the data folder remembers. */
  demoSeed?: number;
  demoSpeed?: number;
  appVersion: string;
  /** Where `--source spapi` finds its account (FLAGWATCH_SPAPI_*). */
  env: NodeJS.ProcessEnv;
  /** The language the app speaks when the source is opened, for the texts a source writes itself (the demo's). */
  translator?: Translator;
}

export type SourceFactory = (context: SourceContext) => Source[];

const registry: Readonly<Record<string, SourceFactory>> = {
  demo: (context) => [openDemoSource(context)],
  // The environment's account when any of its variables is set (a missing one is then named);
  // otherwise only the accounts saved in the window.
  spapi: (context) =>
    Object.keys(context.env).some((name) => name.startsWith(spapiEnvPrefix))
      ? [openEnvironmentSpApiSource(context)]
      : [],
};

export function sourceNames(): string[] {
  return Object.keys(registry);
}

export class UnknownSourceError extends Error {
  override name = 'UnknownSourceError';
}

export function createSources(name: string, context: SourceContext): Source[] {
  const factory = Object.hasOwn(registry, name) ? registry[name] : undefined;
  if (!factory) throw new UnknownSourceError(`unknown source "${name}": choose one of ${sourceNames().join(', ')}`);
  return factory(context);
}
