// One writer per data folder: two processes writing the same store files would each overwrite
// the other's changes. The first `serve`, `check` or tray app on a folder holds flagwatch.lock
// (created exclusively); the next one is refused with the holder's name. A lock whose process
// has died (a crash, a kill) is stale and taken over.
import { mkdirSync, openSync, readFileSync, rmSync, writeSync, closeSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

export const LOCK_FILE = 'flagwatch.lock';

const HolderSchema = z.object({
  pid: z.number().int().positive(),
  /** What holds it, in the words the refusal uses: "serve", "check", "tray app". */
  command: z.string().min(1).max(40),
  since: z.iso.datetime({ offset: true }),
});
export type LockHolder = z.infer<typeof HolderSchema>;

export class FolderInUseError extends Error {
  override name = 'FolderInUseError';
  constructor(
    readonly dataDir: string,
    readonly holder: LockHolder,
  ) {
    super(
      `the data folder ${dataDir} is in use by another Flagwatch (${holder.command}, process ${holder.pid}, since ${holder.since})`,
    );
  }
}

export interface FolderLock {
  readonly holder: LockHolder;
  /** Gives the folder up; leaves alone a lock that is no longer ours. */
  release(): void;
}

export interface LockOptions {
  command: string;
  now: Date;
  pid?: number;
  /** Whether a process is running; the system's answer by default. */
  isAlive?: (pid: number) => boolean;
}

export function acquireFolderLock(dataDir: string, options: LockOptions): FolderLock {
  const isAlive = options.isAlive ?? processIsAlive;
  const holder: LockHolder = {
    pid: options.pid ?? process.pid,
    command: options.command,
    since: options.now.toISOString(),
  };
  const file = path.join(dataDir, LOCK_FILE);
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  // Twice at most: once as it is, once more after clearing a stale lock.
  for (let attempt = 0; attempt < 2; attempt++) {
    if (createExclusively(file, holder)) return { holder, release: () => releaseIfOurs(file, holder) };
    const current = readHolder(file);
    if (current && isAlive(current.pid)) throw new FolderInUseError(dataDir, current);
    rmSync(file, { force: true });
  }
  const current = readHolder(file);
  throw new FolderInUseError(dataDir, current ?? holder);
}

function createExclusively(file: string, holder: LockHolder): boolean {
  let fd: number;
  try {
    fd = openSync(file, 'wx', 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, `${JSON.stringify(holder)}\n`);
  } finally {
    closeSync(fd);
  }
  return true;
}

/** The holder named in the file; null when it is gone or unreadable (then it is stale). */
function readHolder(file: string): LockHolder | null {
  try {
    const parsed = HolderSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function releaseIfOurs(file: string, holder: LockHolder): void {
  const current = readHolder(file);
  if (current && current.pid === holder.pid && current.since === holder.since) rmSync(file, { force: true });
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
