// Mailboxes as the host keeps them: their reading state file, its refusals, and the tray's line
// for one it cannot read.
export const mailbox = {
  'mailbox.state.label': 'mailbox reading progress',
  'mailbox.state.startsOver':
    'Flagwatch reads this mailbox again from the start; notices it already added are not added twice',
  'mailbox.error.notFound': 'There is no mailbox {id}: it may have been removed.',
  'mailbox.error.invalid': 'The mailbox cannot be saved: check {fields}.',
  'mailbox.error.newNeedsSecret': 'Enter the password, app password or OAuth2 token to add this mailbox.',
  'mailbox.error.serverChanged':
    'The server, port, security, sign-in or user changed: enter the password or token again for the new one.',
  'mailbox.error.unavailable': 'Mailboxes cannot be added here.',
  'mailbox.tooltip.unreadable': 'Cannot read {name}',
} as const;
