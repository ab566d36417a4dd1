import Conf from 'conf';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fileSecrets } from '../../../../main/adapters/secrets/file-secrets';
import { openDocumentStore } from '../../../../main/adapters/store/document-store';
import { NotFoundError } from '../../../../main/app/dispatch';
import type { MetricReading } from '../../../../main/core/schema';
import type { AccountConfigDraft } from '../../../../main/core/accounts/account-config';
import { createAccountHandlers } from '../../../../main/app/commands/accounts';
import { accountsSpec } from '../../../../main/adapters/store/accounts-document';
import type { ConnectionTester } from '../../../../main/app/ports';
import type { ConnectionProbe } from '../../../../main/core/accounts/connection-test';
import { useDataDir } from '../../adapters/store/data-dir';
import { translatorFor } from '../../../../main/core/i18n/catalogues';
import type { Locale } from '../../../../main/core/i18n/locales';

const dataDir = useDataDir();
const clientSecret = 'amzn1.oa2-cs.v1.example-client-secret';
const refreshToken = 'Atzr|IwEBIexample-refresh-token';
const us = 'ATVPDKIKX0DER';
const ca = 'A2EUQ1WTGCTBG2';
const de = 'A1PA6795UKMFR9';

const northwind: AccountConfigDraft = {
  name: 'Northwind Goods',
  region: 'NA',
  sellerId: 'A2EXAMPLE1234',
  marketplaceIds: [us, ca],
  clientId: 'amzn1.application-oa2-client.0123456789abcdef',
};

function setup({
  probe = { ok: true, sellerName: 'Northwind', marketplaces: [] } as ConnectionProbe | Error,
  readings = [] as MetricReading[],
  language = 'en' as Locale,
} = {}) {
  const translator = translatorFor(language);
  const accounts = openDocumentStore({ ...accountsSpec, StoreClass: Conf, dataDir: dataDir() });
  const secrets = fileSecrets(dataDir());
  const tested: Array<Parameters<ConnectionTester>> = [];
  let ids = 0;
  const commands = createAccountHandlers({
    accounts,
    secrets,
    testConnection: async (...args) => {
      tested.push(args);
      if (probe instanceof Error) throw probe;
      return probe;
    },
    translator: () => translator,
    readings: () => readings,
    now: () => new Date('2026-11-02T09:30:00.000Z'),
    newId: () => `acct-${++ids}`,
  });
  return { commands, secrets, tested, accountsFile: () => fs.readFileSync(accounts.path, 'utf8') };
}

describe('account commands', () => {
  it('saves a new account with a fresh id, its secrets only in the Secrets port, never in accounts.json', async () => {
    const { commands, secrets, accountsFile } = setup();
    const saved = await commands['accounts.save']({ config: northwind, clientSecret, refreshToken });
    expect(saved).toEqual({ ...northwind, id: 'acct-1' });
    expect(await secrets.get('spapi:acct-1:clientSecret')).toBe(clientSecret);
    expect(await secrets.get('spapi:acct-1:refreshToken')).toBe(refreshToken);
    expect(accountsFile()).toContain('Northwind Goods');
    expect(accountsFile()).not.toContain(clientSecret);
    expect(accountsFile()).not.toContain('Atzr|');
    expect(await commands['accounts.list']({})).toEqual([{ config: saved, hasSecrets: true, lastTest: null }]);
  });

  it('keeps the stored secrets when an edit leaves them out, and replaces only the one given', async () => {
    const { commands, secrets } = setup();
    const saved = await commands['accounts.save']({ config: northwind, clientSecret, refreshToken });
    await commands['accounts.save']({ config: { ...saved, name: 'Northwind US' } });
    await commands['accounts.save']({ config: { ...saved, name: 'Northwind US' }, refreshToken: 'Atzr|new-token' });
    expect(await secrets.get('spapi:acct-1:clientSecret')).toBe(clientSecret);
    expect(await secrets.get('spapi:acct-1:refreshToken')).toBe('Atzr|new-token');
    expect((await commands['accounts.list']({})).map((a) => a.config.name)).toEqual(['Northwind US']);
  });

  it('keeps the order of accounts when one is edited', async () => {
    const { commands } = setup();
    const first = await commands['accounts.save']({ config: northwind, clientSecret, refreshToken });
    await commands['accounts.save']({ config: { ...northwind, name: 'Bluebird Home' }, clientSecret, refreshToken });
    await commands['accounts.save']({ config: { ...first, name: 'Northwind US' } });
    expect((await commands['accounts.list']({})).map((a) => a.config.name)).toEqual(['Northwind US', 'Bluebird Home']);
  });

  it('wants both secrets for a new account, and the client secret when the client id changes', async () => {
    const { commands } = setup();
    await expect(commands['accounts.save']({ config: northwind, refreshToken })).rejects.toThrow(
      'Could not save the account: a new account needs its client secret and its refresh token.',
    );
    const saved = await commands['accounts.save']({ config: northwind, clientSecret, refreshToken });
    await expect(
      commands['accounts.save']({ config: { ...saved, clientId: 'amzn1.application-oa2-client.other' } }),
    ).rejects.toThrow(/the client id changed, so enter the client secret/);
  });

  it('accepts a changed client id that comes with its client secret, and names its refusals', async () => {
    const { commands, secrets } = setup();
    await expect(commands['accounts.save']({ config: northwind, clientSecret })).rejects.toMatchObject({
      name: 'AccountConfigError',
    });
    const saved = await commands['accounts.save']({ config: northwind, clientSecret, refreshToken });
    const other = 'amzn1.application-oa2-client.other';
    await commands['accounts.save']({ config: { ...saved, clientId: other }, clientSecret: 'new-secret' });
    expect((await commands['accounts.list']({}))[0]!.config.clientId).toBe(other);
    expect(await secrets.get(`spapi:${saved.id}:clientSecret`)).toBe('new-secret');
  });

  it('adds each new account after the others, and edits one in its place', async () => {
    const { commands } = setup();
    for (const name of ['A', 'B', 'C'])
      await commands['accounts.save']({ config: { ...northwind, name }, clientSecret, refreshToken });
    await commands['accounts.save']({ config: { ...northwind, id: 'acct-2', name: 'B2' } });
    expect((await commands['accounts.list']({})).map((a) => a.config.name)).toEqual(['A', 'B2', 'C']);
  });

  /** A save with two mistakes: a client id not from LWA, and a German marketplace in North America. */
  const twoMistakes = () => ({
    config: { ...northwind, marketplaceIds: [us, de], clientId: 'my-app' },
    clientSecret,
    refreshToken,
  });

  it('refuses an invalid config in plain words, naming the field, and stores nothing', async () => {
    const { commands, secrets } = setup();
    await expect(commands['accounts.save'](twoMistakes())).rejects.toThrow(
      'Could not save the account: Client id: must be the app\'s LWA client id, starting with "amzn1.application-oa2-client."; Marketplaces: Germany (DE) is not served by the North America (NA) region.',
    );
    expect(await commands['accounts.list']({})).toEqual([]);
    expect(await secrets.get('spapi:acct-1:clientSecret')).toBeUndefined();
  });

  it("refuses in the app's language: Chinese field names, rules and marketplaces", async () => {
    const { commands } = setup({ language: 'zh-CN' });
    await expect(commands['accounts.save'](twoMistakes())).rejects.toThrow(
      '无法保存该账户：客户端 ID：必须是该应用的 LWA 客户端 ID，以“amzn1.application-oa2-client.”开头；商城：北美（NA）地区不提供德国（DE）商城。',
    );
    await expect(commands['accounts.save']({ config: northwind, refreshToken })).rejects.toThrow(
      '无法保存该账户：新账户需要填写客户端密钥和刷新令牌。',
    );
    await expect(commands['accounts.remove']({ id: 'gone' })).rejects.toThrow('找不到编号为 gone 的亚马逊账户');
  });

  it('says an edited or removed account that does not exist is not found', async () => {
    const { commands } = setup();
    await expect(commands['accounts.save']({ config: { ...northwind, id: 'gone' } })).rejects.toThrow(NotFoundError);
    await expect(commands['accounts.remove']({ id: 'gone' })).rejects.toThrow(NotFoundError);
    await expect(commands['accounts.test']({ id: 'gone' })).rejects.toThrow(NotFoundError);
  });

  it('removes the account and its secrets, and answers the accounts left', async () => {
    const { commands, secrets, accountsFile } = setup();
    const first = await commands['accounts.save']({ config: northwind, clientSecret, refreshToken });
    const second = await commands['accounts.save']({
      config: { ...northwind, name: 'Bluebird Home' },
      clientSecret: 'other-secret',
      refreshToken,
    });
    await commands['accounts.test']({ id: first.id });
    const left = await commands['accounts.remove']({ id: first.id });
    expect(left.map((a) => a.config.id)).toEqual([second.id]);
    expect(await secrets.get(`spapi:${first.id}:clientSecret`)).toBeUndefined();
    expect(await secrets.get(`spapi:${first.id}:refreshToken`)).toBeUndefined();
    expect(await secrets.get(`spapi:${second.id}:clientSecret`)).toBe('other-secret');
    expect(accountsFile()).not.toContain(first.id);
  });

  it('tests the connection with the stored secrets, remembers the answer, and forgets it when the config changes', async () => {
    const { commands, tested } = setup({
      probe: { ok: true, sellerName: 'Northwind', marketplaces: [{ id: us, participating: true }] },
    });
    const saved = await commands['accounts.save']({ config: northwind, clientSecret, refreshToken });
    const result = await commands['accounts.test']({ id: saved.id });
    expect(tested).toEqual([[saved, { clientSecret, refreshToken }]]);
    expect(result).toEqual({
      ok: true,
      sellerName: 'Northwind',
      marketplaces: [{ id: us, participating: true }],
      message:
        'Connected to Amazon as Northwind. Selling on United States (US). Not selling on Canada (CA): Amazon will report nothing there.',
    });
    expect((await commands['accounts.list']({}))[0]!.lastTest).toEqual({ at: '2026-11-02T09:30:00.000Z', result });
    await commands['accounts.save']({ config: { ...saved, marketplaceIds: [us] } });
    expect((await commands['accounts.list']({}))[0]!.lastTest).toBeNull();
  });

  it("writes the test's answer in the app's language", async () => {
    const { commands } = setup({
      language: 'zh-CN',
      probe: { ok: true, sellerName: 'Northwind', marketplaces: [{ id: us, participating: true }] },
    });
    const saved = await commands['accounts.save']({ config: northwind, clientSecret, refreshToken });
    expect((await commands['accounts.test']({ id: saved.id })).message).toBe(
      '已以 Northwind 的身份连接到亚马逊。正在 美国（US） 销售。未在 加拿大（CA） 销售：亚马逊不会报告这些商城的任何信息。',
    );
  });

  it('answers "missing secrets" without calling Amazon when they are not stored', async () => {
    const { commands, secrets, tested } = setup();
    const saved = await commands['accounts.save']({ config: northwind, clientSecret, refreshToken });
    await secrets.delete(`spapi:${saved.id}:refreshToken`);
    expect(await commands['accounts.test']({ id: saved.id })).toMatchObject({ ok: false, kind: 'missing-secrets' });
    expect(tested).toEqual([]);
    expect((await commands['accounts.list']({}))[0]!.hasSecrets).toBe(false);
  });

  it('turns a tester that throws into an unexpected failure that never quotes a secret', async () => {
    const { commands } = setup({ probe: new Error(`socket hang up while sending refresh_token=${refreshToken}`) });
    const saved = await commands['accounts.save']({ config: northwind, clientSecret, refreshToken });
    const result = await commands['accounts.test']({ id: saved.id });
    expect(result).toEqual({
      ok: false,
      kind: 'unexpected',
      message: 'The test failed for an unexpected reason: socket hang up while sending refresh_token=[hidden]',
    });
  });

  it('answers the latest metric readings, for one account or all', async () => {
    const reading = (accountId: string, value: number, at: string): MetricReading => ({
      accountId,
      marketplaceId: us,
      metric: 'lateShipmentRate',
      value,
      at,
    });
    const { commands } = setup({
      readings: [
        reading('a1', 0.05, '2026-11-01T08:00:00.000Z'),
        reading('a1', 0.02, '2026-11-02T08:00:00.000Z'),
        reading('a2', 0.01, '2026-11-02T08:00:00.000Z'),
      ],
    });
    expect((await commands['metrics.latest']({})).map((m) => [m.accountId, m.value])).toEqual([
      ['a1', 0.02],
      ['a2', 0.01],
    ]);
    expect((await commands['metrics.latest']({ accountId: 'a2' })).map((m) => m.accountId)).toEqual(['a2']);
  });
});
