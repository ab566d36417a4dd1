// A fake SP-API, a virtual clock shared by server and client, and a client wired to both, with
// every log line captured: what each SP-API client test starts from.
import { readFileSync } from 'node:fs';
import type { Logger } from '../../../main/app/ports';
import { createSpApiClient, type SpApiClient, type SpApiClientOptions } from '../../../main/sources/spapi/client';
import { AccountConfigSchema, type AccountConfig } from '../../../main/core/accounts/account-config';
import { secretKey } from '../../../main/core/accounts/secret-names';
import { startFakeSpApi, type FakeSeller, type FakeSpApi, type FakeSpApiOptions } from './fake-spapi-server';
import { createVirtualClock, type VirtualClock } from './virtual-clock';
import type { AccountSaveRequest } from '../../../preload/contract';

export const US = 'ATVPDKIKX0DER';
export const CA = 'A2EUQ1WTGCTBG2';
export const DE = 'A1PA6795UKMFR9';

export function fixture(name: 'official-example' | 'drifted-report' | 'sparse-report'): unknown {
  return JSON.parse(readFileSync(new URL(`../../fixtures/spapi/${name}.json`, import.meta.url), 'utf8'));
}

export function fakeSeller(overrides: Partial<FakeSeller> = {}): FakeSeller {
  return {
    sellerId: 'A3SELLER1',
    clientId: 'amzn1.application-oa2-client.0f1e2d3c',
    clientSecret: 'amzn1.oa2-cs.v1.secret-9b8a7f6e5d4c',
    refreshToken: 'Atzr|IwEBIrefresh-7c6b5a4d3e2f',
    marketplaceIds: [US, CA],
    document: { content: fixture('official-example'), compression: 'GZIP' },
    ...overrides,
  };
}

export interface LogLine {
  level: string;
  message: string;
  fields?: Record<string, unknown>;
}

export function capturingLogger(lines: LogLine[]): Logger {
  const at = (level: string) => (message: string, fields?: Record<string, unknown>) =>
    void lines.push({ level, message, fields });
  return { info: at('info'), warn: at('warn'), error: at('error') };
}

export interface TestWorld {
  server: FakeSpApi;
  clock: VirtualClock;
  client: SpApiClient;
  seller: FakeSeller;
  logs: LogLine[];
  /** Runs `work` on the virtual clock. */
  run<T>(work: Promise<T>): Promise<T>;
  /** What `work` rejected with (fails if it resolved). */
  failure(work: Promise<unknown>): Promise<unknown>;
  close(): Promise<void>;
}

export async function startTestWorld(
  options: {
    seller?: Partial<FakeSeller>;
    server?: Partial<FakeSpApiOptions>;
    client?: Partial<SpApiClientOptions>;
  } = {},
): Promise<TestWorld> {
  const clock = createVirtualClock();
  const seller = fakeSeller(options.seller);
  const server = await startFakeSpApi({ sellers: [seller], clock, ...options.server });
  const logs: LogLine[] = [];
  const client = createSpApiClient({
    baseUrl: server.baseUrl,
    lwaEndpoint: server.lwaUrl,
    credentials: { clientId: seller.clientId, clientSecret: seller.clientSecret, refreshToken: seller.refreshToken },
    clock,
    logger: capturingLogger(logs),
    appVersion: '0.1.0',
    fetch: clock.fetch,
    random: () => 0.5,
    ...options.client,
  });
  const run = <T>(work: Promise<T>) => clock.drive(work);
  return {
    server,
    clock,
    client,
    seller,
    logs,
    run,
    async failure(work) {
      try {
        await run(work);
      } catch (error) {
        return error;
      }
      throw new Error('expected the call to fail, but it succeeded');
    },
    close: () => server.close(),
  };
}

/** Where a seller's SP-API and token endpoints are: the fake's, or listeners a test scripts. */
export type SellerEndpoints = Pick<FakeSpApi, 'baseUrl' | 'lwaUrl'>;

/** The fields of an account that point Flagwatch at `seller` on this server, in North America. */
export function sellerOn(seller: FakeSeller, server: SellerEndpoints) {
  return {
    region: 'NA' as const,
    sellerId: seller.sellerId,
    marketplaceIds: seller.marketplaceIds,
    clientId: seller.clientId,
    endpoint: server.baseUrl,
    tokenEndpoint: server.lwaUrl,
  };
}

/** The account settings that point Flagwatch at this world's fake seller. */
export function accountConfigFor(world: TestWorld, overrides: Partial<AccountConfig> = {}): AccountConfig {
  return AccountConfigSchema.parse({
    id: 'acct-1',
    name: 'Shop One',
    ...sellerOn(world.seller, world.server),
    ...overrides,
  });
}

/** What the window sends to save an account for `seller` at this fake, both secrets typed in. */
export function accountSaveRequestFor(seller: FakeSeller, server: SellerEndpoints): AccountSaveRequest {
  return {
    config: { name: 'Northwind Goods', ...sellerOn(seller, server) },
    clientSecret: seller.clientSecret,
    refreshToken: seller.refreshToken,
  };
}

/**
 * The environment variables that name `seller`'s account on this server to `flagwatch check
 * --source spapi`, with the marketplaces as a person types them (`US, CA`).
 */
export function sellerVariables(seller: FakeSeller, server: SellerEndpoints, marketplaces: string) {
  return {
    FLAGWATCH_SPAPI_CLIENT_ID: seller.clientId,
    FLAGWATCH_SPAPI_CLIENT_SECRET: seller.clientSecret,
    FLAGWATCH_SPAPI_REFRESH_TOKEN: seller.refreshToken,
    FLAGWATCH_SPAPI_REGION: 'NA',
    FLAGWATCH_SPAPI_SELLER_ID: seller.sellerId,
    FLAGWATCH_SPAPI_MARKETPLACES: marketplaces,
    FLAGWATCH_SPAPI_ENDPOINT: server.baseUrl,
    FLAGWATCH_LWA_ENDPOINT: server.lwaUrl,
  };
}

/** The seller's secrets, stored as Flagwatch stores them for this account. */
export function storedSecretsFor(world: TestWorld, accountId: string): Record<string, string> {
  return {
    [secretKey(accountId, 'clientSecret')]: world.seller.clientSecret,
    [secretKey(accountId, 'refreshToken')]: world.seller.refreshToken,
  };
}
