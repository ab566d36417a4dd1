// `flagwatch digest` on a data folder a check has filled: the same summary as the app's, as text
// or JSON, without checking.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Conf from 'conf';
import { z } from 'zod/mini';
import { openStores } from '../../../main/adapters/store/open-stores';
import { createFakeClock } from '../../support/fake-clock';
import { dailySummary } from '../../../main/app/daily-summary';
import { DigestSummarySchema } from '../../../main/core/digest/digest-summary';
import { runCli } from '../../../main/node/run-cli';
import { recordingCliHost } from './support/recording-cli-host';

let root: string;
let dataDir: string;
const clock = createFakeClock(new Date('2026-11-02T09:00:00.000Z'));

const host = (env: Record<string, string> = {}) => recordingCliHost(root, env, { clock });

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'flagwatch-digest-'));
  dataDir = path.join(root, 'data');
  expect(await runCli(['check', '--data-dir', dataDir, '--demo-seed', '11'], host().host)).toBe(0);
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe('flagwatch digest', () => {
  it('prints the digest of the saved data: a title, then one line per group with something open', async () => {
    const t = host();
    expect(await runCli(['digest', '--data-dir', dataDir], t.host)).toBe(0);
    expect(t.err).toEqual([]);
    const [title, ...lines] = t.out[0]!.split('\n');
    expect(title).toMatch(/^\d+ open performance notifications, \d+ unread$/);
    expect(lines[0]).toMatch(
      /^(Customer Service Performance|Policy Compliance|Shipping Performance|Account): \d+ open, \d+ unread$/,
    );
    expect(lines.some((l) => l.startsWith('Most urgent: '))).toBe(true);
  });

  it('prints the same facts as the app as JSON, with the keys the help names', async () => {
    const t = host();
    expect(await runCli(['digest', '--json', '--data-dir', dataDir], t.host)).toBe(0);
    const printed = z.strictObject(DigestSummarySchema.shape).parse(JSON.parse(t.out[0]!));
    expect(Object.keys(printed)).toEqual([
      'generatedAt',
      'groups',
      'mostUrgent',
      'nearTarget',
      'awaitingAnswer',
      'allClear',
    ]);
    const stores = openStores({ dataDir, StoreClass: Conf });
    expect(printed).toEqual(dailySummary(stores, clock.now(), { accounts: [], marketplaces: [] }));
    expect(printed.groups.reduce((sum, g) => sum + g.open, 0)).toBe(
      stores
        .inbox()
        .read()
        .notifications.filter((n) => n.status === 'open').length,
    );
  });

  it('never checks: the inbox file is left as it was', async () => {
    const before = openStores({ dataDir, StoreClass: Conf }).inbox().read();
    await runCli(['digest', '--data-dir', dataDir], host().host);
    expect(openStores({ dataDir, StoreClass: Conf }).inbox().read()).toEqual(before);
  });

  it('speaks Chinese under LANG=zh_CN.UTF-8; JSON keeps its keys', async () => {
    const t = host({ LANG: 'zh_CN.UTF-8' });
    expect(await runCli(['digest', '--data-dir', dataDir], t.host)).toBe(0);
    expect(t.out[0]!.split('\n')[0]).toMatch(/^\d+ 条绩效通知未处理，\d+ 条未读$/);
  });

  it('leaves out the accounts hidden in Settings, as the app does', async () => {
    const hiddenDir = path.join(root, 'hidden');
    expect(await runCli(['check', '--data-dir', hiddenDir, '--demo-seed', '11'], host().host)).toBe(0);
    const stores = openStores({ dataDir: hiddenDir, StoreClass: Conf });
    const open = stores
      .inbox()
      .read()
      .notifications.filter((n) => n.status === 'open');
    const hidden = 'demo-bluefin';
    expect(open.some((n) => n.accountId === hidden)).toBe(true);
    const { settings } = stores.settings.read();
    stores.settings.write({ settings: { ...settings, hidden: { accounts: [hidden], marketplaces: [] } } });

    const t = host();
    expect(await runCli(['digest', '--json', '--data-dir', hiddenDir], t.host)).toBe(0);
    const printed = DigestSummarySchema.parse(JSON.parse(t.out[0]!));
    expect(printed.groups.reduce((sum, g) => sum + g.open, 0)).toBe(open.filter((n) => n.accountId !== hidden).length);
    expect(printed.mostUrgent?.accountId).not.toBe(hidden);
    expect(printed.nearTarget.map((m) => m.accountId)).not.toContain(hidden);
    const text = host();
    expect(await runCli(['digest', '--data-dir', hiddenDir], text.host)).toBe(0);
    expect(text.out[0]).not.toContain('Bluefin');
  });

  it('exits 1 with one line when the data folder holds nothing yet', async () => {
    const t = host();
    const missing = path.join(root, 'nothing-here');
    expect(await runCli(['digest', '--data-dir', missing], t.host)).toBe(1);
    expect(t.err).toEqual([
      `flagwatch digest: no saved data in ${missing}: run \`flagwatch serve\` or \`flagwatch check\` first`,
    ]);
  });
});
