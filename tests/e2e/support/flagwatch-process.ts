// `flagwatch serve` as a real child process, the way a user runs it: started from the built
// bin on a free port, its page address read from stdout (the URL on its first line, in whatever
// language it speaks), its log kept from stderr, stopped with SIGTERM like Ctrl+C.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';

const projectRoot = path.resolve(import.meta.dirname, '..', '..', '..');
const bin = path.join(projectRoot, 'bin', 'flagwatch.js');
const builtFiles = [
  path.join(projectRoot, 'out', 'main', 'cli.js'),
  path.join(projectRoot, 'out', 'renderer', 'index.html'),
];
const PAGE_ADDRESS = /http:\/\/127\.0\.0\.1:\d+\/\S*/;
const STARTUP_TIMEOUT_MS = 20_000;
const STOP_TIMEOUT_MS = 10_000;

export interface ServeOptions {
  dataDir: string;
  /** `--source`; the demo when absent. */
  source?: string;
  /** Simulated time per wall time. */
  demoSpeed?: number;
  demoSeed?: number;
  /** `--clock-start`/`--clock-speed`: the app's clock is simulated, starting then, this many times faster. */
  clock?: { start: string; speed: number };
  /** Added to this process's environment (e.g. a private notification daemon's). */
  env?: Record<string, string>;
}

export interface FlagwatchProcess {
  /** http://127.0.0.1:<port>/?token=<token>, as printed. */
  readonly pageUrl: URL;
  readonly origin: string;
  /** Every log line written so far (stderr). */
  readonly logLines: readonly string[];
  /** The unread count of the last "badge changed" log line, if any. */
  lastLoggedUnread(): number | undefined;
  /** Sends the process a signal (SIGTSTP and SIGCONT put a simulated clock to sleep and wake it). */
  signal(name: 'SIGTSTP' | 'SIGCONT'): void;
  /** SIGTERM, then waits for the exit; resolves with the exit code. */
  stop(): Promise<number | null>;
  /** SIGKILL, as a crash or a power cut would end it: nothing gets to clean up. */
  kill(): Promise<void>;
}

export function assertBuilt(): void {
  const missing = builtFiles.filter((file) => !existsSync(file));
  if (missing.length > 0) {
    throw new Error(
      `The end-to-end tests run the built app, and ${missing.map((f) => path.relative(projectRoot, f)).join(', ')} is missing. Run \`npm run build\` first.`,
    );
  }
}

export async function startFlagwatch(options: ServeOptions): Promise<FlagwatchProcess> {
  assertBuilt();
  const args = [bin, 'serve', '--port', '0', '--data-dir', options.dataDir];
  if (options.source !== undefined) args.push('--source', options.source);
  if (options.demoSpeed !== undefined) args.push('--demo-speed', String(options.demoSpeed));
  if (options.demoSeed !== undefined) args.push('--demo-seed', String(options.demoSeed));
  if (options.clock) args.push('--clock-start', options.clock.start, '--clock-speed', String(options.clock.speed));
  // The tests choose every account themselves: none comes from the developer's environment.
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('FLAGWATCH_')));
  const child = spawn(process.execPath, args, {
    cwd: projectRoot,
    env: { ...inherited, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logLines: string[] = [];
  createInterface({ input: child.stderr! }).on('line', (line) => logLines.push(line));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const pageUrl = await pageAddress(child, logLines);
  return {
    pageUrl,
    origin: pageUrl.origin,
    logLines,
    lastLoggedUnread() {
      const line = logLines.findLast((l) => l.includes(' info badge changed '));
      const match = line?.match(/ unread=(\d+)/);
      return match ? Number(match[1]) : undefined;
    },
    signal(name) {
      child.kill(name);
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}

function pageAddress(child: ChildProcess, logLines: string[]): Promise<URL> {
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    const onExit = (code: number | null) => fail(`exited with code ${code} before printing its address`);
    const timer = setTimeout(() => fail(`printed no address within ${STARTUP_TIMEOUT_MS} ms`), STARTUP_TIMEOUT_MS);
    function fail(why: string) {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`flagwatch serve ${why}.\n${logLines.join('\n')}`));
    }
    child.once('exit', onExit);
    lines.on('line', (line) => {
      const address = PAGE_ADDRESS.exec(line)?.[0];
      if (address === undefined) return;
      clearTimeout(timer);
      child.off('exit', onExit);
      resolve(new URL(address));
    });
  });
}
