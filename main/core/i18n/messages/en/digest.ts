// The morning digest's line per metric group, which the window's Today view shows too. The rest
// of the digest and `flagwatch digest` are the host's (host/digest.ts).
export const digest = {
  'digest.group': '{group}: {open} open, {unread} unread',
} as const;
