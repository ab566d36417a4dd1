// A failed zod check as one line a person can act on, for the contract's invalid requests and the
// stores' rejected files alike.
import type { z } from 'zod';

/** "notification.setRead: read: expected boolean, received string" */
export function describeIssues(context: string, error: z.ZodError): string {
  const parts = error.issues.map((i) => `${i.path.length ? i.path.join('.') : '(payload)'}: ${i.message}`);
  return `${context}: ${parts.join('; ')}`;
}
