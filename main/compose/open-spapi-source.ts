// SP-API sources as a host opens them: each account's memory in its own file of the data folder
// (spapi-state-<id>.json), and the account of `flagwatch check --source spapi` from the
// environment, its secrets held in memory only.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { backupPathOf } from '../adapters/store/backup';
import { openDocumentStore } from '../adapters/store/document-store';
import type { DocumentSpec } from '../adapters/store/documents';
import { memorySecrets } from '../adapters/secrets/memory-secrets';
import type { Source } from '../app/ports';
import { secretKey } from '../core/accounts/secret-names';
import {
  accountFromEnvironment,
  createSpApiSource,
  emptySpApiSourceState,
  SpApiSourceStateSchema,
  type SpApiSourceOptions,
  type SpApiSourceState,
} from '../sources/spapi';
import type { SourceContext } from './source-context';

export type DataFolder = Pick<SourceContext, 'dataDir' | 'StoreClass' | 'recoveries'>;

/** One file per account. */
export function spApiSourceStateSpec(accountId: string): DocumentSpec<SpApiSourceState> {
  return {
    // Account ids are generated, but a file name must never become a path.
    name: `spapi-state-${accountId.replace(/[^A-Za-z0-9_-]/g, '_')}`,
    label: 'store.spapiState.label',
    startsOver: 'store.spapiState.startsOver',
    schema: SpApiSourceStateSchema,
    defaults: emptySpApiSourceState,
  };
}

export function openSpApiSource(folder: DataFolder, options: Omit<SpApiSourceOptions, 'state'>): Source {
  const state = openDocumentStore({
    ...spApiSourceStateSpec(options.config.id),
    dataDir: folder.dataDir,
    StoreClass: folder.StoreClass,
  });
  folder.recoveries?.note(state);
  if (state.recovery) options.logger.warn(state.recovery.message, { file: state.recovery.file });
  return createSpApiSource({ ...options, state });
}

/** Throws an EnvironmentAccountError naming what is missing or wrong. */
export function openEnvironmentSpApiSource(context: SourceContext): Source {
  const { config, secrets } = accountFromEnvironment(context.env, context.translator);
  return openSpApiSource(context, {
    config,
    secrets: memorySecrets({
      [secretKey(config.id, 'clientSecret')]: secrets.clientSecret,
      [secretKey(config.id, 'refreshToken')]: secrets.refreshToken,
    }),
    clock: context.clock,
    logger: context.logger,
    appVersion: context.appVersion,
    translator: context.translator,
  });
}

/** Forgets a removed account's memory: its state file and that file's backup. */
export function removeSpApiSourceState(folder: Pick<DataFolder, 'dataDir'>, accountId: string): void {
  const file = path.join(folder.dataDir, `${spApiSourceStateSpec(accountId).name}.json`);
  for (const each of [file, backupPathOf(file)]) rmSync(each, { force: true });
}
