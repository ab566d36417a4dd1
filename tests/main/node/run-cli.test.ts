import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import type { NativeNotification } from '../../../main/app/ports';
import { systemClock } from '../../../main/adapters/clock/system-clock';
import { createConsoleLogger } from '../../../main/adapters/logger/console-logger';
import type { CliHost } from '../../../main/node/cli-host';
import { runCli } from '../../../main/node/run-cli';
import { ServerMessageSchema } from '../../../preload/contract';

let root: string;
let rendererDir: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'flagwatch-cli-'));
  rendererDir = path.join(root, 'renderer');
  await mkdir(rendererDir);
  await writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><title>Flagwatch</title>');
});
afterAll(() => rm(root, { recursive: true, force: true }));

/** A host that records what the command prints; `stop()` plays the part of Ctrl+C. */
function testHost(overrides: Partial<CliHost> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const logs: string[] = [];
  const shown: NativeNotification[] = [];
  let stop: (signal: string) => void = () => {};
  const stopRequested = new Promise<string>((resolve) => (stop = resolve));
  const sleepListeners = new Map<string, Set<() => void>>();
  const host: CliHost = {
    out: (text) => out.push(text),
    err: (text) => err.push(text),
    platform: 'linux',
    env: { XDG_DATA_HOME: path.join(root, 'xdg') },
    home: path.join(root, 'home'),
    rendererDir,
    clock: systemClock,
    logger: createConsoleLogger((line) => logs.push(line)),
    desktopNotifier: { show: async (n) => void shown.push(n) },
    stopRequested: () => stopRequested,
    onSleepSignal(signal, listener) {
      const listeners = sleepListeners.get(signal) ?? new Set();
      sleepListeners.set(signal, listeners.add(listener));
      return () => listeners.delete(listener);
    },
    ...overrides,
  };
  /** Plays a sleep signal sent to the process. */
  const signal = (name: 'SIGTSTP' | 'SIGCONT') => sleepListeners.get(name)?.forEach((listener) => listener());
  return { host, out, err, logs, shown, signal, stop: (name = 'SIGTERM') => stop(name) };
}

/** The page address `serve` prints: the only URL on its line, whatever the language. */
function pageUrlIn(lines: readonly string[]): URL | undefined {
  const url = lines.map((line) => /https?:\/\/\S+/.exec(line)?.[0]).find((found) => found !== undefined);
  return url === undefined ? undefined : new URL(url);
}

async function until<T>(read: () => T | undefined): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const value = read();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('timed out');
}

describe('runCli', () => {
  it('exits 2 on a wrong command line, with the problem and the usage on stderr only', async () => {
    const t = testHost();
    expect(await runCli(['serve', '--port', 'http'], t.host)).toBe(2);
    expect(t.out).toEqual([]);
    expect(t.err).toHaveLength(1);
    expect(t.err[0]).toMatch(
      /^flagwatch: --port must be a whole number from 0 to 65535, not "http"\n\nUsage: flagwatch serve/,
    );
  });

  it('prints help on stdout and exits 0, showing the default data folder for this platform', async () => {
    const t = testHost();
    expect(await runCli(['check', '--help'], t.host)).toBe(0);
    expect(t.out[0]).toContain(`(default: ${path.join(root, 'xdg', 'flagwatch')})`);
    expect(t.err).toEqual([]);
  });

  it('check: polls the demo into the default data folder, prints the report and exits 0', async () => {
    const t = testHost();
    expect(await runCli(['check'], t.host)).toBe(0);
    expect(t.err).toEqual([]);
    const [report] = t.out;
    expect(report).toMatch(
      /^\d+ unread performance notifications\.\n\nCustomer Service Performance: \d+ open, \d+ unread/,
    );
    expect(report).toContain('Bluefin Outdoor Supply');
    const inbox = JSON.parse(await readFile(path.join(root, 'xdg', 'flagwatch', 'inbox.json'), 'utf8'));
    expect(inbox.document.notifications.length).toBeGreaterThan(0);
    // A check never raises desktop notifications, nor logs routine news.
    expect(t.shown).toEqual([]);
    expect(t.logs).toEqual([]);
  });

  it('check: exits 1 with one line on stderr when the data folder cannot be used', async () => {
    const blocker = path.join(root, 'a-file');
    await writeFile(blocker, 'not a folder');
    const t = testHost();
    expect(await runCli(['check', '--data-dir', path.join(blocker, 'data')], t.host)).toBe(1);
    expect(t.out).toEqual([]);
    expect(t.err).toHaveLength(1);
    expect(t.err[0]).toMatch(/^flagwatch check: .*a-file/);
    expect(t.err[0]).not.toContain('\n');
  });

  it('serve: refuses to start without the built window, saying how to build it', async () => {
    const t = testHost({ rendererDir: path.join(root, 'not-built') });
    expect(await runCli(['serve', '--port', '0', '--data-dir', path.join(root, 'unbuilt-data')], t.host)).toBe(1);
    expect(t.err[0]).toMatch(/^flagwatch serve: the window's files are missing .*run `npm run build` first$/);
  });

  it('serve: prints the page address, polls at once, serves the contract, raises desktop notifications, and stops on a signal', async () => {
    const t = testHost();
    const exit = runCli(
      ['serve', '--port', '0', '--data-dir', path.join(root, 'serve-data'), '--demo-speed', '60'],
      t.host,
    );
    const pageUrl = await until(() => pageUrlIn(t.out));
    expect(t.out[0]).toBe(`Flagwatch is running at ${pageUrl.href}`);
    expect(pageUrl.hostname).toBe('127.0.0.1');
    expect(pageUrl.searchParams.get('token')).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect((await fetch(pageUrl)).status).toBe(200);

    const badgeLine = await until(() => t.logs.find((l) => / info badge changed unread=\d+/.test(l)));
    const socket = new WebSocket(`ws://${pageUrl.host}/ws?token=${pageUrl.searchParams.get('token')}`, {
      origin: pageUrl.origin,
    });
    await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
    const answer = new Promise<unknown>((resolve) =>
      socket.on('message', (data) => {
        const message = ServerMessageSchema.parse(JSON.parse(data.toString()));
        if (message.type === 'result') resolve(message.envelope);
      }),
    );
    socket.send(JSON.stringify({ type: 'invoke', id: 1, command: 'inbox.get', request: {} }));
    const envelope = (await answer) as { ok: true; value: { badge: { unread: number } } };
    expect(badgeLine).toContain(`unread=${envelope.value.badge.unread}`);
    await until(() => (t.shown.length > 0 ? true : undefined));

    t.stop('SIGINT');
    expect(await exit).toBe(0);
    expect(t.logs.at(-1)).toMatch(/ info stopping signal="SIGINT"$/);
    await expect(fetch(pageUrl)).rejects.toThrow();
    socket.terminate();
  });

  it('one writer per data folder: check is refused while serve holds it, naming serve, and runs once it stops', async () => {
    const dataDir = path.join(root, 'shared-data');
    const server = testHost();
    const serving = runCli(['serve', '--port', '0', '--data-dir', dataDir], server.host);
    await until(() => pageUrlIn(server.out));

    const refused = testHost();
    expect(await runCli(['check', '--data-dir', dataDir], refused.host)).toBe(1);
    expect(refused.err).toEqual([
      expect.stringMatching(
        new RegExp(
          `^flagwatch check: the data folder .*shared-data is in use by another Flagwatch \\(serve, process ${process.pid}, since .+\\): stop that one, or choose another folder with --data-dir$`,
        ),
      ),
    ]);
    const secondServer = testHost();
    expect(await runCli(['serve', '--port', '0', '--data-dir', dataDir], secondServer.host)).toBe(1);
    expect(secondServer.out).toEqual([]);

    server.stop('SIGTERM');
    expect(await serving).toBe(0);
    expect(await runCli(['check', '--data-dir', dataDir], testHost().host)).toBe(0);
  });

  it('takes over the folder of a Flagwatch that was killed', async () => {
    const dataDir = path.join(root, 'killed-data');
    await mkdir(dataDir, { recursive: true });
    const gone = spawn(process.execPath, ['-e', '0']);
    await new Promise((resolve) => gone.once('exit', resolve));
    await writeFile(
      path.join(dataDir, 'flagwatch.lock'),
      JSON.stringify({ pid: gone.pid, command: 'serve', since: '2026-11-26T08:00:00.000Z' }),
    );
    expect(await runCli(['check', '--data-dir', dataDir], testHost().host)).toBe(0);
  });
});

describe('runCli under LANG=zh_CN.UTF-8', () => {
  const chinese = { LANG: 'zh_CN.UTF-8' };

  it('check: prints the report with Chinese group names', async () => {
    const t = testHost({ env: { ...chinese, XDG_DATA_HOME: path.join(root, 'xdg-zh') } });
    expect(await runCli(['check', '--demo-seed', '3'], t.host)).toBe(0);
    expect(t.err).toEqual([]);
    const [report] = t.out;
    expect(report).toMatch(/^\d+ 条未读绩效通知。\n\n客户服务绩效：/);
    for (const group of ['客户服务绩效', '政策合规性', '配送绩效', '账户']) expect(report).toContain(`\n${group}：`);
  });

  it('check --json: keeps its keys and enum values; only the labels are Chinese', async () => {
    const t = testHost({ env: { ...chinese, XDG_DATA_HOME: path.join(root, 'xdg-zh-json') } });
    expect(await runCli(['check', '--json'], t.host)).toBe(0);
    const report = JSON.parse(t.out[0]!);
    expect(Object.keys(report)).toEqual(['groups', 'badge']);
    expect(report.groups.map((g: { group: string }) => g.group)).toEqual([
      'customerService',
      'policyCompliance',
      'shipping',
      'account',
    ]);
    expect(report.groups[0].label).toBe('客户服务绩效');
    expect(Object.keys(report.groups[0])).toEqual(['group', 'label', 'unread', 'notifications']);
    expect(['idle', 'active']).toContain(report.badge.state);
  });

  it('LC_ALL wins over LANG, as the C library reads them', async () => {
    const t = testHost({ env: { LANG: 'zh_CN.UTF-8', LC_ALL: 'en_US.UTF-8', XDG_DATA_HOME: path.join(root, 'x') } });
    expect(await runCli(['serve', '--port', 'http'], t.host)).toBe(2);
    expect(t.err[0]).toMatch(/^flagwatch: --port must be a whole number/);
  });

  it('names a wrong command line, and gives the usage, in Chinese', async () => {
    const t = testHost({ env: chinese });
    expect(await runCli(['serve', '--port', 'http'], t.host)).toBe(2);
    expect(t.err[0]).toMatch(
      /^flagwatch: --port 必须是介于 0 到 65535 之间的整数，而不是“http”\n\n用法：flagwatch serve/,
    );
  });

  it('serve: says where it runs in Chinese', async () => {
    const t = testHost({ env: chinese });
    const exit = runCli(['serve', '--port', '0', '--data-dir', path.join(root, 'serve-zh')], t.host);
    const pageUrl = await until(() => pageUrlIn(t.out));
    expect(t.out[0]).toBe(`Flagwatch 正在运行：${pageUrl.href}`);
    t.stop('SIGTERM');
    expect(await exit).toBe(0);
  });

  it('serve: says in Chinese that the window must be built first', async () => {
    const t = testHost({ env: chinese, rendererDir: path.join(root, 'not-built') });
    expect(await runCli(['serve', '--port', '0', '--data-dir', path.join(root, 'unbuilt-zh')], t.host)).toBe(1);
    expect(t.err[0]).toMatch(/^flagwatch serve: 窗口的文件缺失（.*）：请先运行 `npm run build`$/);
  });
});
