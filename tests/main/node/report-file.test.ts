import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { displayWidth } from '../../../main/node/display-width';
import { runCli } from '../../../main/node/run-cli';
import { recordingCliHost } from './support/recording-cli-host';

const fixture = (name: string) => readFile(new URL(`../../fixtures/spapi/${name}.json`, import.meta.url));

let root: string;
beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'flagwatch-report-file-'));
  await writeFile(path.join(root, 'de.json'), await fixture('observed-de'));
  await writeFile(path.join(root, 'official.json.gz'), gzipSync(await fixture('official-example')));
  await writeFile(path.join(root, 'broken.gz'), gzipSync(await fixture('official-example')).subarray(0, 60));
  await writeFile(path.join(root, 'not-json.txt'), 'sku\tasin\nA-1\tB0001\n');
  await writeFile(path.join(root, 'report-meta.json'), JSON.stringify({ reportId: '123', processingStatus: 'DONE' }));
});
afterAll(() => rm(root, { recursive: true, force: true }));

const host = (env: Record<string, string> = {}) => recordingCliHost(root, env);

describe('flagwatch check --report-file', () => {
  it('prints each metric against its target per marketplace, then the implied notifications by group', async () => {
    const t = host();
    expect(await runCli(['check', '--report-file', path.join(root, 'de.json')], t.host)).toBe(0);
    expect(t.err).toEqual([]);
    const text = t.out[0]!;
    expect(text).toMatch(/^Germany \(DE\): account status NORMAL, Account Health Rating 428 GREAT\n/);
    expect(text).toMatch(/\n {2}Late Shipment Rate +6\.2% {2}target under 4% +MISSES +\(10 days\)\n/);
    expect(text).toMatch(/\n {2}Valid Tracking Rate +99\.33% {2}target above 95% +meets +\(30 days\)\n/);
    expect(text).toContain('Shipping Performance: 2 open, 2 unread');
    expect(text).toContain(
      'WARNING   On-Time Delivery Rate below target: 96.5% (target above 97%) over the last 30 days · this report · DE · no deadline',
    );
  });

  it('reads a gzipped report and prints JSON when asked, deadlines counted from now', async () => {
    const t = host();
    expect(await runCli(['check', '--report-file', path.join(root, 'official.json.gz'), '--json'], t.host)).toBe(0);
    const view = JSON.parse(t.out[0]!);
    expect(
      view.marketplaces.map((m: { code: string; accountStatus: string }) => `${m.code} ${m.accountStatus}`),
    ).toEqual(['US AT_RISK', 'CA NORMAL', 'MX SUSPENDED']);
    expect(
      view.marketplaces[0].metrics.find((m: { metric: string }) => m.metric === 'unitOnTimeDeliveryRate'),
    ).toMatchObject({ value: 0.8848, verdict: 'misses', targetText: 'above 90%' });
    const account = view.notifications.groups.find((g: { group: string }) => g.group === 'account');
    expect(account.notifications[0]).toMatchObject({
      title: 'Account at risk of deactivation (United States)',
      severity: 'critical',
      deadline: '2026-11-05T09:00:00.000Z',
    });
    expect(view.notifications.badge.unread).toBe(13);
    expect(view.problems).toEqual([]);
  });

  it.each([
    ['missing.json', 'cannot read {file}: no such file'],
    ['broken.gz', '{file} looks gzipped but does not decompress (unexpected end of file)'],
    ['not-json.txt', '{file} is not a JSON document ('],
    [
      'report-meta.json',
      '{file}: this is not a seller performance report: it has no list of performanceMetrics or accountStatuses (its fields: reportId, processingStatus)',
    ],
  ])('exits 1 with one clear line for %s', async (name, message) => {
    const t = host();
    const file = path.join(root, name);
    expect(await runCli(['check', '--report-file', file], t.host)).toBe(1);
    expect(t.out).toEqual([]);
    expect(t.err).toHaveLength(1);
    expect(t.err[0]).toContain(`flagwatch check: ${message.replace('{file}', file)}`);
    expect(t.err[0]).not.toContain('\n');
  });

  it('refuses an empty file name as a usage error', async () => {
    const t = host();
    expect(await runCli(['check', '--report-file', ' '], t.host)).toBe(2);
    expect(t.err[0]).toMatch(/^flagwatch: --report-file must not be empty/);
  });
});

describe('flagwatch check --report-file under LANG=zh_CN.UTF-8', () => {
  const chinese = { LANG: 'zh_CN.UTF-8' };

  it('names marketplaces, metrics, verdicts and groups in Chinese; Amazon’s status codes stay as written', async () => {
    const t = host(chinese);
    expect(await runCli(['check', '--report-file', path.join(root, 'de.json')], t.host)).toBe(0);
    const text = t.out[0]!;
    expect(text).toMatch(/^德国（DE）：账户状态 NORMAL，账户状况评级 428 GREAT\n/);
    expect(text).toMatch(/\n {2}迟发率 +6\.2% {2}目标 低于 4% +未达标 +（10 天）\n/);
    expect(text).toContain('配送绩效：2 条未处理，2 条未读');
    expect(text).toContain(' · 此报告 · DE · 无截止时间');
  });

  it('lines the columns up as a terminal shows them, a Chinese character taking two columns', async () => {
    const t = host(chinese);
    expect(await runCli(['check', '--report-file', path.join(root, 'de.json')], t.host)).toBe(0);
    const [, ...rest] = t.out[0]!.split('\n');
    const metricLines = rest.slice(0, rest.indexOf(''));
    expect(metricLines.length).toBeGreaterThan(2);
    const columnOf = (line: string, text: string) => displayWidth(line.slice(0, line.indexOf(text)));
    expect(new Set(metricLines.map((line) => columnOf(line, '目标')))).toEqual(
      new Set([columnOf(metricLines[0]!, '目标')]),
    );
  });

  it('keeps the JSON keys and verdicts, translating the labels and texts only', async () => {
    const t = host(chinese);
    expect(await runCli(['check', '--report-file', path.join(root, 'de.json'), '--json'], t.host)).toBe(0);
    const view = JSON.parse(t.out[0]!);
    expect(Object.keys(view)).toEqual(['marketplaces', 'notifications', 'problems']);
    expect(view.marketplaces[0]).toMatchObject({ code: 'DE', name: '德国', accountStatus: 'NORMAL' });
    type Line = { metric: string; label: string; verdict: string; valueText: string; targetText: string };
    const lsr = (view.marketplaces[0].metrics as Line[]).filter((m) => m.metric === 'lateShipmentRate');
    expect(lsr.map((m) => [m.label, m.verdict, m.valueText, m.targetText])).toContainEqual([
      '迟发率',
      'misses',
      '6.2%',
      '低于 4%',
    ]);
  });

  it('says why a file cannot be read in Chinese', async () => {
    const t = host(chinese);
    const file = path.join(root, 'missing.json');
    expect(await runCli(['check', '--report-file', file], t.host)).toBe(1);
    expect(t.err).toEqual([`flagwatch check: 无法读取 ${file}：文件不存在`]);
  });
});
