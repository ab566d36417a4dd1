// Whose words a list of connections speaks: the Amazon accounts' or the mailboxes'. Each kind keeps
// its own messages (their titles differ, and so does the Chinese of "Yes, remove"), grouped under
// one key beginning, so the shared pieces are handed the group and the catalogue check sees it
// asked for as a whole.
export type ConnectionWords = 'accounts.list' | 'mailboxes.list';
