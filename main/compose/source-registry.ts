// The sources a host can run, by the name given to --source. A new source plugs in here with one
// entry, opened with the stores it keeps in the data folder; everything else (the app, the server,
// the check) takes any Source. The accounts added in the window come on top of these (see
// compose-app.ts).
import type { Source } from '../app/ports';
import { spapiEnvPrefix } from '../sources/spapi';
import { openDemoSource } from './open-demo-source';
import { openEnvironmentSpApiSource } from './open-spapi-source';
import type { SourceContext } from './source-context';

export type { SourceContext } from './source-context';

export type SourceFactory = (context: SourceContext) => Source[];

const registry: Readonly<Record<string, SourceFactory>> = {
  demo: (context) => [openDemoSource(context)],
  // No source: only the accounts saved in the window, or nothing at all (the saved data, offline).
  none: () => [],
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
