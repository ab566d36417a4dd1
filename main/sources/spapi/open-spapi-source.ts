// SP-API sources as a host opens them: each account's memory in its own file of the data folder
// (spapi-state-<id>.json), and the account of `flagwatch check --source spapi` from the
// environment.
import { rmSync } from 'node:fs';
import path from 'node:path';
import type { Source } from '../../app/ports';
import { backupPathOf } from '../../adapters/store/backup';
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
  return openSpApiSource(context, {
    config,
    secrets,
    clock: context.clock,
    logger: context.logger,
    appVersion: context.appVersion,
  });
}

/** Forgets a removed account's memory: its state file and that file's backup. */
export function removeSpApiSourceState(folder: Pick<DataFolder, 'dataDir'>, accountId: string): void {
  const file = path.join(folder.dataDir, `${spApiSourceStateSpec(accountId).name}.json`);
  for (const each of [file, backupPathOf(file)]) rmSync(each, { force: true });
}
