// Why a mailbox could not be read, and a test that passed, worded alike in the window and the host.
// The host's own refusals and the reading state's file are in host/mailbox.ts.
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
  'mailbox.test.ok': 'Connected. Flagwatch will read: {folders}.',
} as const;
