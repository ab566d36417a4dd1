// "Test connection" for a mailbox: connects, signs in, finds the folders it would watch and opens
// each read-only, then signs off. Never throws for something the server or the network did:
// each known failure is a kind the window puts in plain words. Reads nothing and changes nothing.
import { ImapFlow } from 'imapflow';
import type { MailboxConfig } from '../../core/mailbox/mailbox-config';
import type { MailboxProbe } from '../../core/mailbox/mailbox-failure';
import { failureKindOf } from './failure-kind';
import { foldersToWatch } from './find-folders';
import { imapOptions, type ConnectionTuning } from './imap-options';

export type { MailboxProbe };

export async function testMailboxConnection(
  config: MailboxConfig,
  secret: string,
  tuning?: ConnectionTuning,
): Promise<MailboxProbe> {
  const client = new ImapFlow(imapOptions(config, secret, tuning));
  // Failures surface through the awaited commands; the event only must not end the process.
  client.on('error', () => undefined);
  try {
    await client.connect();
    const folders = await foldersToWatch(client, config);
    for (const folder of folders) {
      const lock = await client.getMailboxLock(folder, { readOnly: true });
      lock.release();
    }
    const idle = client.capabilities.has('IDLE');
    await client.logout();
    return { ok: true, folders, idle };
  } catch (error) {
    client.close();
    const kind = failureKindOf(error);
    return { ok: false, kind: kind === 'missing-secret' ? 'unexpected' : kind };
  }
}
