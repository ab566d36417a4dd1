// The email source's public surface: what the composition root and the hosts may use of it.
export { testMailboxConnection, type MailboxProbe } from './connection-tester';
export { createEmailSource, type EmailSource, type EmailSourceOptions, type EmailSourceStatus } from './email-source';
export { failureKindOf, MailboxError } from './failure-kind';
export type { FolderTally } from './folder-sync';
export type { ConnectionTuning } from './imap-options';
export { messageText, maxTextChars, type MessageText } from './message-text';
export type { NoticeHandlers, NoticeOrigin } from './notice-handlers';
export { emptyEmailSourceState, EmailSourceStateSchema, type EmailSourceState } from './sync-state';
