// The errors a store raises to its caller, each with a message a person can act on.
import { z } from 'zod';
import { describeIssues } from '../../core/describe-issues';

/** Opening refused: the file was written by a newer Flagwatch, and this one must not destroy it. */
export class NewerStoreFileError extends Error {
  override name = 'NewerStoreFileError';
  constructor(
    readonly file: string,
    readonly fileVersion: number,
    readonly knownVersion: number,
  ) {
    super(
      `${file} was saved by a newer version of Flagwatch (data format ${fileVersion}; this version reads up to ${knownVersion}). ` +
        'It was left untouched: update Flagwatch to open it.',
    );
  }
}

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
