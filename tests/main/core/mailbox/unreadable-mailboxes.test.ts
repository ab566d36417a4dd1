// The tray names each mailbox it cannot read, by the name the window's list gives it.
import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../../../main/core/i18n/catalogues';
import { unreadableMailboxes } from '../../../../main/core/mailbox/unreadable-mailboxes';

const mailbox = (user: string, state: 'starting' | 'watching' | 'failing' | null) => ({
  config: { user, host: 'imap.example.com' },
  watch: state === null ? null : { state },
});

describe('unreadableMailboxes', () => {
  it('names the failing mailboxes only, in order', () => {
    const mailboxes = [
      mailbox('a@example.com', 'failing'),
      mailbox('b@example.com', 'watching'),
      mailbox('c@example.com', 'starting'),
      mailbox('d@example.com', null),
      mailbox('e@example.com', 'failing'),
    ];
    expect(unreadableMailboxes(translatorFor('en'), mailboxes)).toEqual([
      'Cannot read a@example.com on imap.example.com',
      'Cannot read e@example.com on imap.example.com',
    ]);
  });

  it('speaks the translator’s language', () => {
    expect(unreadableMailboxes(translatorFor('zh-CN'), [mailbox('a@example.com', 'failing')])).toEqual([
      '无法读取 imap.example.com 上的 a@example.com',
    ]);
  });

  it('is empty with no mailbox', () => {
    expect(unreadableMailboxes(translatorFor('en'), [])).toEqual([]);
  });
});
