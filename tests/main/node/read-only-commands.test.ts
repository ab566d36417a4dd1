// The commands that only read the data folder (`appeals`, `appeals export`, `digest`, and
// `notice parse`, which reads no folder at all) run beside the app that holds the folder's lock:
// they take no lock, and they never change a byte of the folder, not even when a file is damaged
// (they read its last good copy and say so; recovering it is the owner's job).
import Conf from 'conf';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireFolderLock, type FolderLock } from '../../../main/adapters/lock/folder-lock';
import { openStores } from '../../../main/adapters/store/open-stores';
import { runCli } from '../../../main/node/run-cli';
import { recordingCliHost } from './support/recording-cli-host';
import { contentsOf } from '../adapters/store/data-dir';
import { account, inboxItem } from '../../support/fixtures';
import { appeal } from '../core/appeal/fixtures';

let root: string;
let dataDir: string;
let lock: FolderLock;

function cli(stdin?: string) {
  const warnings: string[] = [];
  const { host, out, err } = recordingCliHost(
    root,
    {},
    {
      env: { TZ: 'UTC', LANG: 'en_US.UTF-8' },
      logger: { info() {}, warn: (message) => warnings.push(message), error() {} },
      ...(stdin === undefined ? {} : { readStdin: () => Promise.resolve(stdin) }),
    },
  );
  return { host, out, err, warnings };
}

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'flagwatch-readers-'));
  dataDir = path.join(root, 'data');
  const write = () => {
    const stores = openStores({ dataDir, StoreClass: Conf });
    stores.inbox().write({ notifications: [inboxItem({ id: 'n_1' })], accounts: [account()], lastSuccessAt: null });
    stores.appeals().write({ appeals: [appeal({ id: 'appeal-1', notificationId: 'n_1' })] });
  };
  write();
  // Opened once more, as the app does at each start: each file's last good copy is taken.
  const again = openStores({ dataDir, StoreClass: Conf });
  again.inbox();
  again.appeals();
  // The app is running on this folder.
  lock = acquireFolderLock(dataDir, { command: 'serve', now: new Date('2026-11-26T20:00:00.000Z') });
});

afterEach(async () => {
  lock.release();
  await rm(root, { recursive: true, force: true });
});

describe('beside a running app that holds the folder', () => {
  it('appeals, appeals export, digest and notice parse run, and the folder is left byte for byte', async () => {
    const before = contentsOf(dataDir);
    const list = cli();
    expect(await runCli(['appeals', '--json', '--data-dir', dataDir], list.host)).toBe(0);
    expect(JSON.parse(list.out.join('\n'))).toEqual([expect.objectContaining({ id: 'appeal-1' })]);
    const out = path.join(root, 'appeal.md');
    const exported = cli();
    expect(
      await runCli(
        ['appeals', 'export', 'appeal-1', '--format', 'md', '--out', out, '--data-dir', dataDir],
        exported.host,
      ),
    ).toBe(0);
    expect(await readFile(out, 'utf8')).not.toBe('');
    const digest = cli();
    expect(await runCli(['digest', '--json', '--data-dir', dataDir], digest.host)).toBe(0);
    const notice = cli('Dear Seller, your account is at risk of deactivation.');
    expect(await runCli(['notice', 'parse', '-', '--json'], notice.host)).toBe(0);
    for (const each of [list, exported, digest, notice]) expect(each.err).toEqual([]);
    expect(contentsOf(dataDir)).toEqual(before);
  });

  it('check and serve are refused, naming the holder', async () => {
    for (const command of ['check', 'serve']) {
      const refused = cli();
      expect(await runCli([command, '--data-dir', dataDir], refused.host)).toBe(1);
      expect(refused.err).toEqual([
        expect.stringMatching(
          new RegExp(
            `^flagwatch ${command}: the data folder .* is in use by another Flagwatch \\(serve, process ${process.pid}, since `,
          ),
        ),
      ]);
    }
  });
});

describe('a damaged file read by a command that only reads', () => {
  it('is read from its last good copy, said to be left as it is, and not moved or rewritten', async () => {
    const file = path.join(dataDir, 'appeals.json');
    await writeFile(file, (await readFile(file, 'utf8')).slice(0, 40));
    const before = contentsOf(dataDir);
    const list = cli();
    expect(await runCli(['appeals', '--json', '--data-dir', dataDir], list.host)).toBe(0);
    expect(JSON.parse(list.out.join('\n'))).toEqual([expect.objectContaining({ id: 'appeal-1' })]);
    expect(list.warnings).toEqual([
      expect.stringMatching(
        /^Flagwatch could not use your saved appeals file because it is not valid JSON .*This command used its last good copy\. The file was left as it is: /,
      ),
    ]);
    const digest = cli();
    expect(await runCli(['digest', '--data-dir', dataDir], digest.host)).toBe(0);
    expect(contentsOf(dataDir)).toEqual(before);
  });

  it('from a newer Flagwatch, is left for it untouched', async () => {
    const file = path.join(dataDir, 'inbox.json');
    await writeFile(file, (await readFile(file, 'utf8')).replace(/"schemaVersion":\d+/, '"schemaVersion":99'));
    const before = contentsOf(dataDir);
    const digest = cli();
    expect(await runCli(['digest', '--json', '--data-dir', dataDir], digest.host)).toBe(0);
    expect(digest.warnings).toEqual([
      expect.stringContaining('saved by a newer version of Flagwatch (data format 99)'),
    ]);
    expect(contentsOf(dataDir)).toEqual(before);
  });
});
