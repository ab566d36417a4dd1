// The sources the Node host can run, by the name given to --source. A new source plugs in here
// with one entry; everything else (the app, the server, the check) takes any Source.
import type { Clock, Logger, Source } from '../app/ports';
import type { ConfClass } from '../adapters/store/conf-class';
import type { Settings } from '../core/schema';
import { openDemoSource } from './demo/open-demo-source';

export interface SourceContext {
  dataDir: string;
  StoreClass: ConfClass;
  clock: Clock;
  logger: Logger;
  settings: Settings;
  /** Demo options from the command line; each overrides what the data folder remembers. */
  demoSeed?: number;
  demoSpeed?: number;
}

export type SourceFactory = (context: SourceContext) => Source;

const registry: Readonly<Record<string, SourceFactory>> = {
  demo: openDemoSource,
};

export function sourceNames(): string[] {
  return Object.keys(registry);
}

export class UnknownSourceError extends Error {
  override name = 'UnknownSourceError';
}

export function createSource(name: string, context: SourceContext): Source {
  const factory = Object.hasOwn(registry, name) ? registry[name] : undefined;
  if (!factory) throw new UnknownSourceError(`unknown source "${name}": choose one of ${sourceNames().join(', ')}`);
  return factory(context);
}
