// Email sources as a host opens them: each mailbox's reading progress in its own file of the data
// folder (email-state-<id>.json), its secret from the host's Secrets, and Amazon's notices parsed
// by the notice parser and handed to the notice intake (the inbox, and a native notification).
import { rmSync } from 'node:fs';
import path from 'node:path';
import { backupPathOf } from '../adapters/store/backup';
import { openDocumentStore } from '../adapters/store/document-store';
import type { DocumentSpec } from '../adapters/store/documents';
import type { NoticeIntake } from '../app/notice-intake';
import type { Clock, Logger, Secrets } from '../app/ports';
import type { MailboxConfig } from '../core/mailbox/mailbox-config';
import { parseNotice, type ParsedNotice } from '../core/notice/parse-notice';
import {
  createEmailSource,
  emptyEmailSourceState,
  EmailSourceStateSchema,
  type ConnectionTuning,
  type EmailSource,
  type EmailSourceOptions,
  type EmailSourceState,
} from '../sources/email';
import type { DataFolder } from './open-spapi-source';

/** One file per mailbox. */
export function emailSourceStateSpec(mailboxId: string): DocumentSpec<EmailSourceState> {
  return {
    // Mailbox ids are generated, but a file name must never become a path.
    name: `email-state-${mailboxId.replace(/[^A-Za-z0-9_-]/g, '_')}`,
    label: 'mailbox.state.label',
    startsOver: 'mailbox.state.startsOver',
    schema: EmailSourceStateSchema,
    defaults: emptyEmailSourceState,
  };
}

export interface EmailSourceParts {
  config: MailboxConfig;
  secrets: Secrets;
  intake: NoticeIntake;
  clock: Clock;
  logger: Logger;
  connection?: ConnectionTuning;
  watch?: EmailSourceOptions<ParsedNotice>['watch'];
  onStatus?: EmailSourceOptions<ParsedNotice>['onStatus'];
  onSynced?: EmailSourceOptions<ParsedNotice>['onSynced'];
}

export function openEmailSource(folder: DataFolder, parts: EmailSourceParts): EmailSource {
  const state = openDocumentStore({ ...emailSourceStateSpec(parts.config.id), ...folder });
  if (state.recovery) parts.logger.warn(state.recovery.message, { file: state.recovery.file });
  return createEmailSource<ParsedNotice>({
    ...parts,
    state,
    notices: { parseNotice, addNotice: (notice, origin) => parts.intake.add(notice, origin) },
  });
}

/** Forgets a removed mailbox's progress: its state file and that file's backup. */
export function removeEmailSourceState(folder: Pick<DataFolder, 'dataDir'>, mailboxId: string): void {
  const file = path.join(folder.dataDir, `${emailSourceStateSpec(mailboxId).name}.json`);
  for (const each of [file, backupPathOf(file)]) rmSync(each, { force: true });
}
