// `flagwatch appeals` on a data folder with saved appeals: the list as text and JSON, and each
// export written to a file, without a source or a lock.
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Conf from 'conf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { openStores } from '../../../main/adapters/store/open-stores';
import { AppealSummarySchema } from '../../../main/core/appeal/appeal-views';
import { runCli } from '../../../main/node/run-cli';
import { recordingCliHost } from './support/recording-cli-host';
import { account, inboxItem } from '../../support/fixtures';
import { appeal, attempt } from '../core/appeal/fixtures';

let root: string;
let dataDir: string;
const notification = inboxItem({ id: 'n_1', title: 'Late Shipment Rate above target' });

const host = (env: Record<string, string> = {}) => recordingCliHost(root, { TZ: 'UTC', ...env });

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'flagwatch-appeals-'));
  dataDir = path.join(root, 'data');
  const stores = openStores({ dataDir, StoreClass: Conf });
  stores.inbox().write({ notifications: [notification], accounts: [account()], lastSuccessAt: null });
  stores.appeals().write({
    appeals: [
      appeal({ id: 'appeal-older', updatedAt: '2026-03-01T09:00:00.000Z', attempts: [attempt()] }),
      appeal({
        id: 'appeal-zh',
        notificationId: null,
        language: 'zh-CN',
        updatedAt: '2026-03-05T09:00:00.000Z',
        versions: [
          {
            n: 1,
            savedAt: '2026-03-05T09:00:00.000Z',
            content: {
              amazon: {
                text: '订单缺陷率高于目标',
                policy: '',
                asins: [],
                metric: null,
                noticeAt: null,
                deadline: null,
              },
              rootCauses: [{ id: 'r1', text: '拣货单漏掉了第二个库位。', why: [] }],
              actions: [],
              preventions: [],
              evidence: {},
            },
          },
        ],
      }),
    ],
  });
});
afterAll(async () => rm(root, { recursive: true, force: true }));

describe('flagwatch appeals', () => {
  it('lists the saved appeals, newest change first', async () => {
    const { host: h, out } = host();
    expect(await runCli(['appeals', '--data-dir', dataDir], h)).toBe(0);
    const lines = out.join('\n').split('\n');
    expect(lines[0]).toMatch(/^appeal-zh {2}Draft {2}0 of 2 used {2}due .* {2}订单缺陷率高于目标$/);
    expect(lines[1]).toContain('appeal-older  Submitted, waiting for Amazon  1 of 2 used');
    expect(lines[1]).toContain('Bluefin Outdoor Supply · US  Late Shipment Rate above target');
  });

  it('lists them as JSON with the Appeals view’s keys', async () => {
    const { host: h, out } = host();
    expect(await runCli(['appeals', '--json', '--data-dir', dataDir], h)).toBe(0);
    const list = z.array(AppealSummarySchema).parse(JSON.parse(out.join('\n')));
    expect(list.map((a) => a.id)).toEqual(['appeal-zh', 'appeal-older']);
    expect(Object.keys(list[0]!)).toEqual(Object.keys(AppealSummarySchema.shape));
  });

  it('speaks Chinese when the system does', async () => {
    const { host: h, out } = host({ LANG: 'zh_CN.UTF-8' });
    await runCli(['appeals', '--data-dir', dataDir], h);
    expect(out.join('\n')).toContain('已用 1 次，共 2 次');
  });

  it('exports Markdown and a PDF whose Chinese text reads back', async () => {
    const md = path.join(root, 'out.md');
    const { host: h, out } = host();
    expect(
      await runCli(['appeals', 'export', 'appeal-older', '--format', 'md', '--out', md, '--data-dir', dataDir], h),
    ).toBe(0);
    expect(out).toEqual([`Wrote ${md}`]);
    expect(await readFile(md, 'utf8')).toMatch(/^# Late Shipment Rate above target\n/);

    const pdf = path.join(root, 'out.pdf');
    expect(
      await runCli(
        ['appeals', 'export', 'appeal-zh', '--format', 'pdf', '--out', pdf, '--data-dir', dataDir],
        host().host,
      ),
    ).toBe(0);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('订单缺陷率高于目标');
    expect(text).toContain('拣货单漏掉了第二个库位。');
  });

  it('fails with one line for an unknown id, a missing folder, or a file it cannot write', async () => {
    const missing = host();
    expect(
      await runCli(
        ['appeals', 'export', 'nope', '--format', 'md', '--out', path.join(root, 'x.md'), '--data-dir', dataDir],
        missing.host,
      ),
    ).toBe(1);
    expect(missing.err).toEqual(['flagwatch appeals export: no saved appeal with id nope']);
    const noData = host();
    expect(await runCli(['appeals', '--data-dir', path.join(root, 'absent')], noData.host)).toBe(1);
    expect(noData.err[0]).toContain('no data folder at');
    const unwritable = host();
    expect(
      await runCli(
        [
          'appeals',
          'export',
          'appeal-older',
          '--format',
          'md',
          '--out',
          path.join(root, 'no', 'dir', 'x.md'),
          '--data-dir',
          dataDir,
        ],
        unwritable.host,
      ),
    ).toBe(1);
    expect(unwritable.err[0]).toContain('could not write');
  });

  it('refuses a wrong command line with its usage (exit 2)', async () => {
    for (const argv of [
      ['appeals', 'remove'],
      ['appeals', 'export'],
      ['appeals', 'export', 'appeal-older', '--out', 'x'],
      ['appeals', 'export', 'appeal-older', '--format', 'docx', '--out', 'x'],
      ['appeals', 'export', 'appeal-older', '--format', 'md'],
      ['appeals', '--format', 'md'],
    ]) {
      const { host: h, err } = host();
      expect(await runCli(argv, h), argv.join(' ')).toBe(2);
      expect(err[0]).toContain('Usage:');
    }
  });
});
