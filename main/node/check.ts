// `flagwatch check`: one poll through the same app service the window uses, then the open
// notifications by metric group. No desktop notifications: the printed report is the result,
// and cron jobs often run where no notification daemon is. The poll runs under a deadline,
// with progress on stderr (check-deadline.ts).
import type { FlagwatchApp } from '../app/flagwatch-app';
import type { Clock, Logger, Notifier } from '../app/ports';
import type { CheckOptions } from './args';
import { checkReport, formatCheckReport } from './check-report';
import type { CliHost } from './cli-host';
import { fileSecrets } from '../adapters/secrets/file-secrets';
import { composeApp } from '../compose/compose-app';
import { posixLanguages } from '../core/i18n/locales';
import type { Translator } from '../core/i18n/translator';
import { runReportFileCheck } from './report-file';
import { CheckDeadlineError, defaultCheckLimits, withinDeadline, type CheckLimits } from './check-deadline';

const noDesktopNotifications: Notifier = { show: async () => {} };

export interface CheckOutcome {
  exitCode: 0 | 1;
  /** The report (exit 0) or the one-line reason it failed (exit 1). */
  text: string;
}

/** `t` is the command line's language: a report file is read without opening the data folder's Settings. */
export async function runCheck(
  options: CheckOptions & { dataDir: string },
  host: CliHost,
  t: Translator,
): Promise<number> {
  if (options.reportFile !== undefined) return runReportFileCheck(options.reportFile, options.json, host, t);
  const app = composeApp(
    { ...options, requireSource: true },
    {
      notifier: noDesktopNotifications,
      logger: problemsOnly(host.logger),
      clock: host.clock,
      secrets: fileSecrets(options.dataDir),
      env: host.env,
      systemLanguages: posixLanguages(host.env),
    },
  );
  const outcome = await checkOnce(app, host.clock, options.json, {
    limits: checkLimitsFor(options),
    progress: host.err,
  });
  if (outcome.exitCode === 0) host.out(outcome.text);
  else host.err(outcome.text);
  return outcome.exitCode;
}

/** `--timeout` replaces the default deadline; progress keeps its pace. */
export function checkLimitsFor(options: Pick<CheckOptions, 'timeoutMinutes'>): CheckLimits {
  return options.timeoutMinutes === undefined
    ? defaultCheckLimits
    : { ...defaultCheckLimits, deadlineMs: options.timeoutMinutes * 60_000 };
}

/**
 * Polls once (the scheduler is never started) and reports in the app's language (Settings', else
 * the system's); always leaves no timer behind. JSON keeps its keys and values, only labels follow the language.
 * Past the deadline it answers at once; the poll still in flight is abandoned, and the process
 * ends without waiting for it (cli.ts).
 */
export async function checkOnce(
  app: FlagwatchApp,
  clock: Clock,
  json: boolean,
  run: { limits?: CheckLimits; progress?: (line: string) => void } = {},
): Promise<CheckOutcome> {
  const limits = run.limits ?? defaultCheckLimits;
  let abandoned = false;
  try {
    const status = await withinDeadline(app.refreshNow(), limits, (elapsedMs) =>
      run.progress?.(app.translator().t('check.progress', { elapsed: elapsedText(elapsedMs, app.translator()) })),
    );
    const t = app.translator();
    if (status.error !== null)
      return { exitCode: 1, text: `flagwatch check: ${t.t('cli.check.failed', { reason: status.error })}` };
    const view = await app.handlers['inbox.get']({});
    const report = checkReport(view, clock.now(), t);
    return {
      exitCode: 0,
      text: json ? JSON.stringify(report, null, 2) : formatCheckReport(report, view.accounts, clock.now(), t),
    };
  } catch (error) {
    if (!(error instanceof CheckDeadlineError)) throw error;
    abandoned = true;
    const t = app.translator();
    const minutes = Math.max(1, Math.round(limits.deadlineMs / 60_000));
    return {
      exitCode: 1,
      text: `flagwatch check: ${t.t('cli.check.failed', { reason: t.t('check.deadlinePassed', { minutes }) })}`,
    };
  } finally {
    // Stopping waits for the poll in flight: after the deadline, only ask it to stop.
    if (abandoned) void app.stop().catch(() => {});
    else await app.stop();
  }
}

function elapsedText(ms: number, t: Translator): string {
  const seconds = Math.round(ms / 1000);
  return seconds < 120
    ? t.t('check.seconds', { count: seconds })
    : t.t('check.minutes', { count: Math.floor(seconds / 60) });
}

/** A script wants the report on stdout and only trouble on stderr, not "badge changed". */
function problemsOnly(logger: Logger): Logger {
  return { info: () => {}, warn: logger.warn, error: logger.error };
}
