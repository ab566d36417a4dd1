// `flagwatch check` always ends: the poll runs under an overall deadline, and while it runs a
// line on stderr every so often says it is still at work (a report can take Amazon minutes),
// so a cron job or a person at a terminal never faces silence that might be a hang.

export interface CheckLimits {
  /** The whole poll, from start to report. */
  deadlineMs: number;
  /** How often stderr hears "still checking". */
  progressEveryMs: number;
}

/** Amazon may take up to ten minutes for a report; the listing checks follow it. */
export const defaultCheckLimits: CheckLimits = { deadlineMs: 15 * 60_000, progressEveryMs: 30_000 };

export class CheckDeadlineError extends Error {
  override name = 'CheckDeadlineError';
  constructor(readonly deadlineMs: number) {
    super(`the check did not finish within ${deadlineMs} ms`);
  }
}

/** `work`'s result, or a CheckDeadlineError once the deadline passes; `progress` gets the time spent so far. */
export async function withinDeadline<T>(
  work: Promise<T>,
  limits: CheckLimits,
  progress: (elapsedMs: number) => void,
): Promise<T> {
  const started = Date.now();
  let timeout: NodeJS.Timeout | undefined;
  const ticker = setInterval(() => progress(Date.now() - started), limits.progressEveryMs);
  try {
    return await Promise.race([
      work,
      new Promise<never>((_, reject) => {
        timeout = setTimeout(() => reject(new CheckDeadlineError(limits.deadlineMs)), limits.deadlineMs);
      }),
    ]);
  } finally {
    clearInterval(ticker);
    clearTimeout(timeout);
  }
}
