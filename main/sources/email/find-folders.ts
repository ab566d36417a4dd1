// The folders a mailbox's notices can be in: the inbox, and the spam folder, named by the seller
// or found by the special-use flag the server gives it (\Junk, RFC 6154), since its name differs
// by provider and language ("Junk", "Spam", "[Gmail]/Spam", "垃圾邮件").
import type { ImapFlow } from 'imapflow';
import type { MailboxConfig } from '../../core/mailbox/mailbox-config';
import { MailboxError } from './failure-kind';

export async function foldersToWatch(
  client: Pick<ImapFlow, 'list'>,
  config: Pick<MailboxConfig, 'inboxFolder' | 'watchSpam' | 'spamFolder'>,
): Promise<string[]> {
  const listed = await client.list();
  const byPath = new Map(listed.map((each) => [each.path.toUpperCase() === 'INBOX' ? 'INBOX' : each.path, each]));
  const inbox = config.inboxFolder.toUpperCase() === 'INBOX' ? 'INBOX' : config.inboxFolder;
  if (!byPath.has(inbox)) throw new MailboxError('folder-missing', `no folder "${inbox}" on the server`);
  if (!config.watchSpam) return [inbox];
  if (config.spamFolder !== null) {
    if (!byPath.has(config.spamFolder))
      throw new MailboxError('folder-missing', `no folder "${config.spamFolder}" on the server`);
    return [inbox, config.spamFolder];
  }
  const junk = listed.find((each) => each.specialUse === '\\Junk' && !each.flags.has('\\Noselect'));
  return junk && junk.path !== inbox ? [inbox, junk.path] : [inbox];
}
