// The errors a store raises to its caller, each with a message a person can act on.
import { z } from 'zod';
import { describeIssues } from '../../core/describe-issues';

/** A write refused because the value does not match the document's schema; the file is unchanged. */
export class RejectedWriteError extends Error {
  override name = 'RejectedWriteError';
}

const shownIssues = 3;

/** describeIssues, capped: 10,000 broken notifications must not make a 10,000-line message. */
export function describeFirstIssues(context: string, error: z.ZodError): string {
  const shown = describeIssues(context, new z.ZodError(error.issues.slice(0, shownIssues)));
  const more = error.issues.length - shownIssues;
  return more > 0 ? `${shown} (and ${more} more)` : shown;
}

/** The first issues alone ("notes.0.id: …"), for a message that says the context itself. */
export function firstIssues(error: z.ZodError): string {
  return describeFirstIssues('', error).slice(': '.length);
}
