// The mailbox Flagwatch reads Amazon's notices from: its settings and why it could not be read.
export const mailbox = {
  'mailbox.failure.missing-secret': 'No password or token is saved for this mailbox: enter it again and save.',
  'mailbox.failure.sign-in':
    '{host} refused the user name or password. Check them; many providers need an app password or OAuth2 sign-in.',
  'mailbox.failure.unreachable':
    'Could not reach {host}. Check the server name and port, and that this computer is online.',
  'mailbox.failure.timeout': '{host} did not answer in time. Check the port, or try again later.',
  'mailbox.failure.certificate':
    "{host}'s certificate is not trusted (expired, self-signed or issued for another name). Check the server name.",
  'mailbox.failure.security-mismatch':
    '{host} does not speak the chosen security on this port. Try TLS on port 993 or STARTTLS on port 143.',
  'mailbox.failure.not-imap': '{host} answered, but not as a mail (IMAP) server. Check the server name and port.',
  'mailbox.failure.folder-missing': 'A folder to watch does not exist on {host}. Check the folder names.',
  'mailbox.failure.dropped': '{host} closed the connection. Flagwatch will try again.',
  'mailbox.failure.unexpected': 'Something went wrong while reading mail from {host}.',
  'mailbox.state.label': 'mailbox reading progress',
  'mailbox.state.startsOver':
    'Flagwatch reads this mailbox again from the start; notices it already added are not added twice',
  'mailbox.error.notFound': 'There is no mailbox {id}: it may have been removed.',
  'mailbox.error.invalid': 'The mailbox cannot be saved: check {fields}.',
  'mailbox.error.newNeedsSecret': 'Enter the password, app password or OAuth2 token to add this mailbox.',
  'mailbox.error.serverChanged':
    'The server, port, security, sign-in or user changed: enter the password or token again for the new one.',
  'mailbox.test.ok': 'Connected. Flagwatch will read: {folders}.',
  'mailbox.error.unavailable': 'Mailboxes cannot be added here.',
} as const;
