// Endpoints that echo back what they were sent: the token service puts the whole form (client
// secret, refresh token) into its error, the SP-API puts the request's headers (access token)
// into its error text. No credential may reach anything a person or a log reads: the output of
// `flagwatch check --source spapi`, the log, the status and the window's test answer.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { systemClock } from '../../../main/adapters/clock/system-clock';
import { createConsoleLogger } from '../../../main/adapters/logger/console-logger';
import { composeApp } from '../../../main/compose/compose-app';
import type { CliHost } from '../../../main/node/cli-host';
import { runCli } from '../../../main/node/run-cli';
import { accountSaveRequestFor, fakeSeller, sellerVariables } from '../../support/fake-spapi/test-world';
import { quietHostParts } from '../../support/host-parts';
import {
  startRecordingListener,
  type ReceivedRequest,
  type RecordingListener,
  type Reply,
} from '../../support/recording-listener';

const seller = fakeSeller();
const accessToken = 'Atza|IwEBIaccess-token-issued-0001';

/** Everything a request carried, in the error fields servers use. */
const echo = (request: ReceivedRequest) => `${request.path} ${JSON.stringify(request.headers)} ${request.body}`;
const json =
  (status: number, body: unknown): Reply =>
  (_request, response) => {
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(JSON.stringify(body));
  };
const grantToken = json(200, { access_token: accessToken, expires_in: 3600 });

/** [what the token service answers, what the SP-API answers] */
const scenarios: [string, Reply, Reply][] = [
  [
    'a token service that echoes the form as its error code',
    (request, response) => json(400, { error: echo(request), error_description: echo(request) })(request, response),
    json(200, {}),
  ],
  [
    'a token service that echoes the form beside a real error code',
    (request, response) => json(401, { error: 'invalid_client', error_description: echo(request) })(request, response),
    json(200, {}),
  ],
  [
    'a token service that refuses with the form as plain text',
    (request, response) => {
      response.writeHead(400, { 'content-type': 'text/plain' });
      response.end(echo(request));
    },
    json(200, {}),
  ],
  [
    'an SP-API that echoes the request into a 400',
    grantToken,
    (request, response) => json(400, { errors: [{ code: 'InvalidInput', message: echo(request) }] })(request, response),
  ],
  [
    'an SP-API that echoes the access token into a 403',
    grantToken,
    (request, response) =>
      json(403, {
        errors: [{ code: 'Unauthorized', message: `token ${String(request.headers['x-amz-access-token'])}` }],
      })(request, response),
  ],
  [
    'an SP-API that echoes a long request, cut off in the middle of the token',
    grantToken,
    (request, response) =>
      json(400, {
        errors: [
          { code: 'InvalidInput', message: `${'x'.repeat(170)} ${String(request.headers['x-amz-access-token'])}` },
        ],
      })(request, response),
  ],
];

const secrets = [seller.clientSecret, seller.refreshToken, accessToken];
/** The secret, and the longest piece of it that may be left after cutting text short. */
const tracesOf = (secret: string) => [secret, encodeURIComponent(secret), secret.slice(0, 12)];

let dataDir: string;
let lwa: RecordingListener;
let spapi: RecordingListener;

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'flagwatch-echo-'));
});
afterEach(async () => {
  vi.unstubAllEnvs();
  await Promise.all([lwa.close(), spapi.close()]);
  await rm(dataDir, { recursive: true, force: true });
});

async function start(lwaReply: Reply, spapiReply: Reply) {
  lwa = await startRecordingListener(lwaReply);
  spapi = await startRecordingListener(spapiReply);
}

/** The two listeners as the account's SP-API and token endpoints. */
const endpoints = () => ({ baseUrl: spapi.url, lwaUrl: `${lwa.url}/auth/o2/token` });

async function checkOutput(): Promise<string[]> {
  for (const [name, value] of Object.entries(sellerVariables(seller, endpoints(), 'US'))) vi.stubEnv(name, value);
  const said: string[] = [];
  const host: CliHost = {
    out: (text) => said.push(`stdout: ${text}`),
    err: (text) => said.push(`stderr: ${text}`),
    platform: 'linux',
    env: process.env,
    home: dataDir,
    rendererDir: dataDir,
    clock: systemClock,
    logger: createConsoleLogger((line) => said.push(`log: ${line}`)),
    desktopNotifier: { show: async () => {} },
    stopRequested: () => new Promise(() => {}),
    onSleepSignal: () => () => {},
  };
  const exitCode = await runCli(['check', '--source', 'spapi', '--data-dir', dataDir], host);
  said.push(`exit ${exitCode}`);
  return said;
}

/** The window's view of the same account: the connection test's answer, the status, the log. */
async function windowOutput(): Promise<string[]> {
  const said: string[] = [];
  const app = composeApp(
    { dataDir, source: 'spapi' },
    quietHostParts({ clock: systemClock, logger: createConsoleLogger((line) => said.push(`log: ${line}`)) }),
  );
  const config = await app.handlers['accounts.save'](accountSaveRequestFor(seller, endpoints()));
  said.push(`test: ${JSON.stringify(await app.handlers['accounts.test']({ id: config.id }))}`);
  said.push(`status: ${JSON.stringify(await app.handlers['poll.refresh']({}))}`);
  said.push(`accounts: ${JSON.stringify(await app.handlers['accounts.list']({}))}`);
  await app.stop();
  return said;
}

describe('echoing endpoints', () => {
  it.each(scenarios)('%s: no credential in any output', async (_, lwaReply, spapiReply) => {
    await start(lwaReply, spapiReply);
    const said = [...(await checkOutput()), ...(await windowOutput())];
    // The endpoints did receive the credentials (or there would be nothing to echo)...
    expect(lwa.everything()).toContain(encodeURIComponent(seller.refreshToken));
    expect(said.some((line) => line.startsWith('stderr: '))).toBe(true);
    expect(said.some((line) => /"ok":false/.test(line))).toBe(true);
    // ...and no trace of them came back out.
    for (const secret of secrets)
      for (const trace of tracesOf(secret)) expect(said.filter((line) => line.includes(trace))).toEqual([]);
  });
});
