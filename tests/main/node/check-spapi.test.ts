// `flagwatch check --source spapi` run in-process against the loopback fake SP-API, with the
// account given by FLAGWATCH_SPAPI_* variables, the way a cron job runs it.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { systemClock } from '../../../main/adapters/clock/system-clock';
import { createConsoleLogger } from '../../../main/adapters/logger/console-logger';
import { runCli } from '../../../main/node/run-cli';
import { recordingCliHost } from './support/recording-cli-host';
import { startFakeSpApi, type FakeSpApi } from '../../support/fake-spapi/fake-spapi-server';
import { fakeSeller, sellerVariables, US } from '../../support/fake-spapi/test-world';

const seller = fakeSeller();

let server: FakeSpApi;
let dataDir: string;

beforeEach(async () => {
  // The served app runs on the system clock: reports are done at once, and one made just now is
  // there to reuse, so no poll waits out Amazon's processing time.
  server = await startFakeSpApi({ sellers: [seller], reportProcessingMs: 0 });
  server.seedReport(seller.sellerId, { marketplaceIds: seller.marketplaceIds, createdAt: new Date() });
  dataDir = await mkdtemp(path.join(tmpdir(), 'flagwatch-check-spapi-'));
  for (const [name, value] of Object.entries(sellerVariables(seller, server, 'US, CA'))) vi.stubEnv(name, value);
});

afterEach(async () => {
  vi.unstubAllEnvs();
  await server.close();
  await rm(dataDir, { recursive: true, force: true });
});

/** Runs `flagwatch check` with these arguments, recording what it prints and logs. */
async function check(...args: string[]) {
  const logs: string[] = [];
  const { host, out, err } = recordingCliHost(
    dataDir,
    {},
    {
      env: process.env,
      home: dataDir,
      rendererDir: dataDir,
      clock: systemClock,
      logger: createConsoleLogger((line) => logs.push(line)),
    },
  );
  const exitCode = await runCli(['check', '--source', 'spapi', '--data-dir', dataDir, ...args], host);
  return { exitCode, out: out.join('\n'), err: err.join('\n'), everything: [...out, ...err, ...logs].join('\n') };
}

describe('flagwatch check --source spapi', () => {
  it('prints the notifications of the official example report by metric group', async () => {
    const { exitCode, out, err } = await check();
    expect(err).toBe('');
    expect(exitCode).toBe(0);
    const lines = out.split('\n');
    expect(lines[0]).toBe('13 unread performance notifications.');
    expect(lines.filter((line) => /^[A-Z][\w ]+: /.test(line))).toEqual([
      'Customer Service Performance: none open',
      'Policy Compliance: 8 open, 8 unread',
      'Shipping Performance: 1 open, 1 unread',
      'Account: 4 open, 4 unread',
    ]);
    const account = ' · Amazon account (environment) · ';
    expect(out).toContain(`  * CRITICAL  Account at risk of deactivation (United States)${account}US · due in `);
    expect(out).toContain(`  * HIGH      Account Health Rating: WARNED${account}US · no deadline`);
    expect(out).toContain(
      `  * HIGH      Received Intellectual Property Complaints: 75 over the last 180 days (target 0)${account}US · no deadline`,
    );
    expect(out).toContain(
      `  * HIGH      Product Authenticity Customer Complaints: 212 over the last 180 days (target 0)${account}US · no deadline`,
    );
    expect(out).toContain(
      `  * WARNING   On-Time Delivery Rate (units) below target: 88.48% (target above 90%) over the last 30 days${account}US · no deadline`,
    );
    // The report Amazon made a moment ago was reused rather than a new one requested.
    expect(server.stats().createReport.calls).toBe(0);
  });

  it('gives the groups with their notifications as JSON with --json', async () => {
    const { exitCode, out } = await check('--json');
    expect(exitCode).toBe(0);
    const report = JSON.parse(out) as {
      groups: { group: string; notifications: { title: string; marketplaceId: string }[] }[];
    };
    expect(report.groups.map((g) => g.group)).toEqual(['customerService', 'policyCompliance', 'shipping', 'account']);
    const titlesOf = (group: string) => report.groups.find((g) => g.group === group)!.notifications.map((n) => n.title);
    expect(titlesOf('customerService')).toEqual([]);
    expect(titlesOf('account')).toContain('Account at risk of deactivation (United States)');
    expect(titlesOf('policyCompliance')).toHaveLength(8);
    expect(titlesOf('policyCompliance')).toContain('Listing Policy Violations: 86 over the last 180 days (target 0)');
    expect(titlesOf('shipping')).toEqual([
      'On-Time Delivery Rate (units) below target: 88.48% (target above 90%) over the last 30 days',
    ]);
    expect(report.groups.flatMap((g) => g.notifications).some((n) => n.marketplaceId === US)).toBe(true);
  });

  it('exits 1 naming the variable that is missing', async () => {
    vi.stubEnv('FLAGWATCH_SPAPI_SELLER_ID', '');
    const { exitCode, out, err } = await check();
    expect(exitCode).toBe(1);
    expect(out).toBe('');
    expect(err).toContain('FLAGWATCH_SPAPI_SELLER_ID');
    expect(err).not.toContain('FLAGWATCH_SPAPI_CLIENT_ID');
  });

  it('exits 1 in plain words when Amazon refuses the refresh token, and never shows a secret', async () => {
    server.inject('lwa', { kind: 'invalid-grant' });
    const { exitCode, err, everything } = await check();
    expect(exitCode).toBe(1);
    expect(err.split('\n')).toHaveLength(1);
    expect(err).toMatch(/^flagwatch check: the check failed: .*Amazon account \(environment\): .*refresh token/i);
    for (const secret of [seller.clientSecret, seller.refreshToken, 'Atza|']) expect(everything).not.toContain(secret);
  });
});
