// SP-API sources as a host opens them: each account's memory in its own file of the data folder
// (spapi-state-<id>.json), and the account of `flagwatch check --source spapi` from the
// environment.
import type { Source } from '../../app/ports';
import { openDocumentStore } from '../../adapters/store/document-store';
import type { SourceContext } from '../registry';
import { accountFromEnvironment } from './env-account';
import { createSpApiSource, type SpApiSourceOptions } from './spapi-source';
import { spApiSourceStateSpec } from './source-state';

export type DataFolder = Pick<SourceContext, 'dataDir' | 'StoreClass'>;

export function openSpApiSource(folder: DataFolder, options: Omit<SpApiSourceOptions, 'state'>): Source {
  const state = openDocumentStore({ ...spApiSourceStateSpec(options.config.id), ...folder });
  if (state.recovery) options.logger.warn(state.recovery.message, { file: state.recovery.file });
  return createSpApiSource({ ...options, state });
}

/** Throws an EnvironmentAccountError naming what is missing or wrong. */
export function openEnvironmentSpApiSource(context: SourceContext): Source {
  const { config, secrets } = accountFromEnvironment(context.env);
  return openSpApiSource(context, { config, secrets, clock: context.clock, logger: context.logger, appVersion: context.appVersion });
}
