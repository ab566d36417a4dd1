// A failed zod check as one line a person can act on, for the contract's invalid requests and the
// stores' rejected files alike.
import type { z } from 'zod/mini';

// A hostile payload can carry thousands of bad fields: the answer names a few, each kept short.
const shownIssues = 5;
const partLength = 160;

/** "notification.setRead: read: expected boolean, received string" */
export function describeIssues(context: string, error: z.core.$ZodError): string {
  const parts = error.issues
    .slice(0, shownIssues)
    .map((i) => clip(`${i.path.length ? i.path.join('.') : '(payload)'}: ${i.message}`));
  const more = error.issues.length - shownIssues;
  return `${context}: ${parts.join('; ')}${more > 0 ? `; and ${more} more` : ''}`;
}

function clip(text: string): string {
  return text.length <= partLength ? text : `${text.slice(0, partLength - 1)}…`;
}
