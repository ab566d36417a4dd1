// A private notification stack for tests: Xvfb + a D-Bus session bus + dunst, all started here
// and stopped here. A process given `env` shows its notifications to this dunst, and `history()`
// reads back what dunst actually received. Plain async functions: usable from vitest and Playwright.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants, rmSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import type { Readable } from 'node:stream';
import { promisify } from 'node:util';

const run = promisify(execFile);

export type DaemonUrgency = 'low' | 'normal' | 'critical';

export interface DaemonNotification {
  summary: string;
  body: string;
  appname: string;
  urgency: DaemonUrgency;
  /** How long the daemon keeps it on screen, in ms; 0 means until dismissed. */
  timeoutMs: number;
}

export interface NotificationDaemonEnv {
  DISPLAY: string;
  DBUS_SESSION_BUS_ADDRESS: string;
}

export interface NotificationDaemon {
  /** The variables a process under test needs to reach this daemon. */
  readonly env: NotificationDaemonEnv;
  /** Every notification the daemon has received, oldest first. */
  history(): Promise<DaemonNotification[]>;
  /** Stops the processes started here (by PID) and removes the temp dir. Safe to call twice. */
  stop(): Promise<void>;
}

const requiredCommands: Record<string, string> = {
  Xvfb: 'xvfb',
  'dbus-daemon': 'dbus',
  'dbus-send': 'dbus',
  dunst: 'dunst',
  dunstctl: 'dunst',
};

// Generous: CI machines have two cores and run test files in parallel.
const STARTUP_TIMEOUT_MS = 20_000;

const urgencies: readonly DaemonUrgency[] = ['low', 'normal', 'critical'];

// dunst 1.9's history does not record urgency, so a rule per urgency makes the formatted
// message the urgency's name: history then tells which urgency the daemon applied.
// Timeouts 0 keep everything until history() closes it.
const dunstConfig = [
  '[global]',
  '    history_length = 10000',
  '    sticky_history = yes',
  ...urgencies.flatMap((u) => [`[urgency_${u}]`, '    timeout = 0']),
  ...urgencies.flatMap((u) => [`[flagwatch_tag_${u}]`, `    msg_urgency = ${u}`, `    format = "${u}"`]),
  '',
].join('\n');

export async function startNotificationDaemon(): Promise<NotificationDaemon> {
  assertCommandsInstalled();
  const dir = await mkdtemp(join(tmpdir(), 'flagwatch-notifications-'));
  const started: Started[] = [];
  // A test process that ends without stop() must not leave its display, daemons or files behind.
  const cleanUpOnExit = () => {
    for (const p of started) p.child.kill();
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', cleanUpOnExit);
  const stop = async () => {
    process.off('exit', cleanUpOnExit);
    for (const p of started.splice(0).reverse()) await terminate(p.child);
    await rm(dir, { recursive: true, force: true });
  };
  try {
    const xvfb = track(started, 'Xvfb', ['-displayfd', '3', '-screen', '0', '640x480x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    });
    const display = `:${(await firstLine(xvfb, xvfb.child.stdio[3] as Readable)).trim()}`;

    const bus = track(
      started,
      'dbus-daemon',
      ['--session', `--address=unix:path=${join(dir, 'bus')}`, '--nofork', '--nopidfile', '--print-address'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const env: NotificationDaemonEnv = {
      DISPLAY: display,
      DBUS_SESSION_BUS_ADDRESS: (await firstLine(bus, bus.child.stdout)).trim(),
    };

    const configPath = join(dir, 'dunstrc');
    await writeFile(configPath, dunstConfig);
    const dunst = track(started, 'dunst', ['-config', configPath], {
      stdio: ['ignore', 'ignore', 'pipe'],
      // XDG_CONFIG_HOME keeps the user's own dunstrc.d drop-ins out.
      env: { ...process.env, ...env, XDG_CONFIG_HOME: dir },
    });
    await waitForNotificationsOwner(dunst, env);

    return { env, history: () => readHistory(env), stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

function assertCommandsInstalled(): void {
  const missing = Object.keys(requiredCommands).filter((command) => !isOnPath(command));
  if (missing.length === 0) return;
  const packages = [...new Set(missing.map((command) => requiredCommands[command]))];
  throw new Error(
    `The notification test stack is missing ${missing.join(', ')}. ` +
      `Install the Debian packages: apt-get install -y ${packages.join(' ')}`,
  );
}

function isOnPath(command: string): boolean {
  return (process.env.PATH ?? '').split(delimiter).some((dir) => {
    try {
      accessSync(join(dir, command), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

interface Started {
  name: string;
  child: ChildProcess;
  /** The tail of its stderr, to explain a failed start. */
  stderr(): string;
}

function track(started: Started[], name: string, args: string[], options: Parameters<typeof spawn>[2]): Started {
  const child = spawn(name, args, options);
  let stderr = '';
  // Always drain stderr: a full pipe would block the process.
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const entry = { name, child, stderr: () => stderr };
  started.push(entry);
  return entry;
}

function firstLine(p: Started, readable: Readable | null): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    const timer = setTimeout(() => fail(`did not start within ${STARTUP_TIMEOUT_MS} ms`), STARTUP_TIMEOUT_MS);
    const onExit = () => fail('exited during startup');
    const onData = (chunk: Buffer) => {
      text += chunk.toString();
      const end = text.indexOf('\n');
      if (end < 0) return;
      cleanup();
      resolve(text.slice(0, end));
    };
    function cleanup() {
      clearTimeout(timer);
      readable?.off('data', onData);
      p.child.off('exit', onExit);
      p.child.off('error', onError);
    }
    function onError(error: Error) {
      fail(error.message);
    }
    function fail(why: string) {
      cleanup();
      reject(startupError(p, why));
    }
    readable?.on('data', onData);
    p.child.once('exit', onExit);
    p.child.once('error', onError);
  });
}

async function waitForNotificationsOwner(dunst: Started, env: NotificationDaemonEnv): Promise<void> {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  for (;;) {
    if (dunst.child.exitCode !== null || dunst.child.signalCode !== null) {
      throw startupError(dunst, 'exited during startup');
    }
    if (await notificationsHasOwner(env)) return;
    if (Date.now() > deadline) {
      throw startupError(dunst, `did not own org.freedesktop.Notifications within ${STARTUP_TIMEOUT_MS} ms`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function notificationsHasOwner(env: NotificationDaemonEnv): Promise<boolean> {
  const { stdout } = await run(
    'dbus-send',
    [
      '--session',
      '--dest=org.freedesktop.DBus',
      '--type=method_call',
      '--print-reply',
      '/org/freedesktop/DBus',
      'org.freedesktop.DBus.NameHasOwner',
      'string:org.freedesktop.Notifications',
    ],
    { env: { ...process.env, ...env } },
  );
  return /boolean true/.test(stdout);
}

function startupError(p: Started, why: string): Error {
  const stderr = p.stderr().trim();
  return new Error(`${p.name} ${why}${stderr ? `:\n${stderr}` : ''}`);
}

interface DunstValue<T> {
  data: T;
}

interface DunstEntry {
  id: DunstValue<number>;
  summary: DunstValue<string>;
  body: DunstValue<string>;
  appname: DunstValue<string>;
  message: DunstValue<string>;
  /** Microseconds. */
  timeout: DunstValue<number>;
}

async function readHistory(env: NotificationDaemonEnv): Promise<DaemonNotification[]> {
  const options = { env: { ...process.env, ...env } };
  // History lists only closed notifications.
  await run('dunstctl', ['close-all'], options);
  const { stdout } = await run('dunstctl', ['history'], options);
  const entries = (JSON.parse(stdout) as { data: DunstEntry[][] }).data[0] ?? [];
  return entries
    .sort((a, b) => a.id.data - b.id.data)
    .map((e) => ({
      summary: e.summary.data,
      body: e.body.data,
      appname: e.appname.data,
      urgency: urgencyOf(e.message.data),
      timeoutMs: e.timeout.data / 1000,
    }));
}

function urgencyOf(formatted: string): DaemonUrgency {
  const urgency = urgencies.find((u) => u === formatted);
  if (!urgency) throw new Error(`dunst history entry without an urgency tag: ${JSON.stringify(formatted)}`);
  return urgency;
}

async function terminate(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
  await exited;
  clearTimeout(timer);
}
