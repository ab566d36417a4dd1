// The SP-API source: one configured Amazon account, polled. Each poll fetches the Account Health
// report (reusing one Amazon made in the last 25 minutes), turns it into metrics and
// notifications against the previous report, adds the listing problems found by the daily
// checks, and returns every notification of the account that is open now.
import type { DocumentStore, Logger, Secrets, Source } from '../../app/ports';
import type { Account, Snapshot } from '../../core/schema';
import { accountClient, type SpApiHostDeps } from './account-client';
import { readAccountSecrets } from '../../app/ports/account-secrets';
import type { AccountConfig } from '../../core/accounts/account-config';
import type { AccountSecrets } from '../../core/accounts/secret-names';
import { messageOf } from '../../core/error-message';
import type { Translator } from '../../core/i18n/translator';
import {
  fetchListingIssues,
  fetchMarketplaceParticipations,
  fetchSellerPerformanceReport,
  SpApiError,
  spApiErrorText,
  type SpApiClient,
  type SpApiErrorKind,
} from './client';
import { refreshDailyCheck } from './daily-check';
import { listingIssuesToNotifications } from './listings/listing-issues-to-notifications';
import { participationsToNotifications } from './listings/participations-to-notifications';
import { parseReport, ReportFormatError } from './report/parse-report';
import { reportToSnapshot, type PreviousReport } from './report/report-to-snapshot';
import { emptySpApiSourceState, type LastReport, type SpApiSourceState } from './source-state';

export interface SpApiSourceOptions extends SpApiHostDeps {
  config: AccountConfig;
  secrets: Secrets;
  /** Where the source remembers the last report and daily checks across restarts; memory only without it. */
  state?: DocumentStore<SpApiSourceState>;
  /** The language of the notifications and errors the source writes (Amazon's own words stay as they come). */
  translator: Translator;
}

/**
 * Five minutes between polls at the least. A poll costs one createReport (1 per minute), one
 * getReportDocument (1 per minute) and one getReports (1 per 45 s) at Amazon's default rates,
 * and Amazon takes tens of seconds to minutes to produce the report, so polling faster would
 * only queue behind the last request. Amazon refreshes Account Health a few times a day at most.
 */
export const spApiMinIntervalMs = 5 * 60_000;

/** A report Amazon finished this recently is reused: it saves a createReport and the wait. */
export const reportMaxAgeMs = 25 * 60_000;

/** A failed poll, in words the seller can act on (in the source's language), prefixed with the account's name. */
export class SpApiSourceError extends Error {
  override readonly name = 'SpApiSourceError';
  constructor(
    message: string,
    /** What the SP-API client said went wrong, when it was the client. */
    readonly kind?: SpApiErrorKind,
  ) {
    super(message);
  }
}

export function createSpApiSource(options: SpApiSourceOptions): Source {
  const { config, logger, translator: t } = options;
  const failure = (problem: string, kind?: SpApiErrorKind) =>
    new SpApiSourceError(t.t('spapi.error.ofAccount', { account: config.name, problem }), kind);
  const id = `spapi:${config.id}`;
  const account: Account = {
    id: config.id,
    name: config.name,
    source: id,
    sellerId: config.sellerId,
    marketplaceIds: [...config.marketplaceIds],
  };
  let state = loadState(options.state, logger);
  let connection: { secrets: AccountSecrets; client: SpApiClient } | null = null;

  /** One client (token cache, rate limits) for as long as the saved secrets stay the same. */
  async function client(): Promise<SpApiClient> {
    const secrets = await readAccountSecrets(options.secrets, config.id);
    if (!secrets) throw failure(t.t('spapi.error.noSecrets'));
    if (
      connection?.secrets.clientSecret !== secrets.clientSecret ||
      connection.secrets.refreshToken !== secrets.refreshToken
    ) {
      connection = { secrets, client: accountClient(config, secrets, options) };
    }
    return connection.client;
  }

  async function pollAccount(signal?: AbortSignal): Promise<Snapshot> {
    const api = await client();
    const result = await fetchSellerPerformanceReport(api, {
      marketplaceIds: config.marketplaceIds,
      maxAgeMs: reportMaxAgeMs,
      signal,
    });
    const now = options.clock.now();
    let lastReport = state.lastReport;
    if (result.status === 'done') {
      lastReport = convertReport(result.document, now.toISOString(), lastReport);
    } else {
      logger.info("Amazon had no account health data to return (report CANCELLED); the last report's findings stand", {
        account: config.id,
      });
    }
    const context = {
      accountId: config.id,
      marketplaceIds: config.marketplaceIds,
      at: now.toISOString(),
      translator: t,
    };
    const daily = { marketplaceIds: config.marketplaceIds, now, logger, signal };
    const listingIssues = await refreshDailyCheck(state.checks.listingIssues, {
      ...daily,
      label: 'listing issues',
      fetch: async () =>
        (
          await fetchListingIssues(api, { sellerId: config.sellerId, marketplaceIds: config.marketplaceIds, signal })
        ).flatMap((m) => listingIssuesToNotifications(m.items, { ...context, marketplaceIds: [m.marketplaceId] })),
    });
    const participations = await refreshDailyCheck(state.checks.participations, {
      ...daily,
      label: 'marketplace participations',
      fetch: async () => participationsToNotifications(await fetchMarketplaceParticipations(api, signal), context),
    });
    remember({ lastReport, checks: { listingIssues, participations } });
    return {
      source: id,
      takenAt: options.clock.now().toISOString(),
      accounts: [account],
      metrics: lastReport?.metrics ?? [],
      notifications: [
        ...(lastReport?.notifications ?? []),
        ...listingIssues.notifications,
        ...participations.notifications,
      ],
    };
  }

  function convertReport(document: unknown, at: string, last: LastReport | null): LastReport | null {
    const report = parseReport(document);
    if (report.marketplaces.length === 0) {
      // A new account: nothing to tell yet, and nothing earlier is resolved by an empty report.
      logger.info("Amazon's account health report holds no data yet; the last report's findings stand", {
        account: config.id,
      });
      return last;
    }
    if (report.problems.length > 0)
      logger.warn('parts of the account health report were skipped', { account: config.id, problems: report.problems });
    const part = reportToSnapshot(report, { accountId: config.id, at, translator: t }, previousReport(last));
    return { at, raw: report.raw, ...part };
  }

  function previousReport(last: LastReport | null): PreviousReport | undefined {
    if (!last) return undefined;
    try {
      return { report: parseReport(last.raw), notifications: last.notifications };
    } catch (error) {
      // It was read once already; if it no longer can be, compare with nothing rather than fail.
      logger.warn('the previous account health report could not be read again; this one counts as the first', {
        error: String(error),
      });
      return undefined;
    }
  }

  function remember(next: SpApiSourceState): void {
    const { lastReport, checks } = state;
    const changed =
      next.lastReport !== lastReport ||
      next.checks.listingIssues !== checks.listingIssues ||
      next.checks.participations !== checks.participations;
    state = next;
    if (!changed || !options.state) return;
    try {
      options.state.write(state);
    } catch (error) {
      // The poll's findings are good; only their memory across a restart is lost.
      logger.error('could not save what the SP-API source remembers', {
        account: config.id,
        error: messageOf(error),
      });
    }
  }

  return {
    id,
    minIntervalMs: spApiMinIntervalMs,
    account: { id: config.id, name: config.name },
    async poll(signal) {
      try {
        return await pollAccount(signal);
      } catch (error) {
        if (signal?.aborted || error instanceof SpApiSourceError) throw error;
        throw failure(...inPlainWords(error, t));
      }
    },
  };
}

function loadState(store: DocumentStore<SpApiSourceState> | undefined, logger: Logger): SpApiSourceState {
  if (!store) return emptySpApiSourceState;
  try {
    return store.read();
  } catch (error) {
    logger.warn('what the SP-API source remembered could not be read; it starts afresh', {
      error: messageOf(error),
    });
    return emptySpApiSourceState;
  }
}

/** The client's words are credential-free by construction; the source only adds the account's name. */
function inPlainWords(error: unknown, t: Translator): [problem: string, kind?: SpApiErrorKind] {
  if (error instanceof SpApiError) return [spApiErrorText(error, t), error.kind];
  if (error instanceof ReportFormatError) return [t.t('spapi.error.unreadableReport', { problem: error.message })];
  return [t.t('spapi.error.unexpected', { problem: messageOf(error) })];
}
