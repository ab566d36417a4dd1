import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireFolderLock, FolderInUseError, LOCK_FILE } from '../../../../main/adapters/lock/folder-lock';

let dataDir: string;
beforeEach(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'flagwatch-lock-'));
});
afterEach(() => rm(dataDir, { recursive: true, force: true }));

const now = new Date('2026-11-26T09:00:00.000Z');
const alive = () => true;
const dead = () => false;

/** The pid of a process that has come and gone. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '0']);
  await new Promise((resolve) => child.once('exit', resolve));
  return child.pid!;
}

describe('acquireFolderLock', () => {
  it('lets one process hold a folder and refuses the next, naming the holder', () => {
    const first = acquireFolderLock(dataDir, { command: 'serve', now, pid: 4242, isAlive: alive });
    expect(first.holder).toEqual({ pid: 4242, command: 'serve', since: now.toISOString() });
    const refused = () => acquireFolderLock(dataDir, { command: 'check', now, pid: 5151, isAlive: alive });
    expect(refused).toThrow(FolderInUseError);
    expect(refused).toThrow(/in use by another Flagwatch \(serve, process 4242, since 2026-11-26T09:00:00.000Z\)/);
  });

  it('gives the folder to the next process once released', () => {
    acquireFolderLock(dataDir, { command: 'serve', now, pid: 4242, isAlive: alive }).release();
    expect(acquireFolderLock(dataDir, { command: 'check', now, pid: 5151, isAlive: alive }).holder.pid).toBe(5151);
  });

  it('takes over the lock of a process that died, as the system says', async () => {
    const gone = await deadPid();
    await writeFile(
      path.join(dataDir, LOCK_FILE),
      JSON.stringify({ pid: gone, command: 'serve', since: now.toISOString() }),
    );
    const lock = acquireFolderLock(dataDir, { command: 'check', now });
    expect(lock.holder.pid).toBe(process.pid);
    expect(JSON.parse(await readFile(path.join(dataDir, LOCK_FILE), 'utf8'))).toMatchObject({ pid: process.pid });
  });

  it('keeps refusing while the system says the holder runs', async () => {
    await writeFile(
      path.join(dataDir, LOCK_FILE),
      JSON.stringify({ pid: process.pid, command: 'tray app', since: now.toISOString() }),
    );
    expect(() => acquireFolderLock(dataDir, { command: 'serve', now, pid: process.pid + 1 })).toThrow(/tray app/);
  });

  it('treats an unreadable lock file as stale', async () => {
    await writeFile(path.join(dataDir, LOCK_FILE), '{ half a lock');
    expect(acquireFolderLock(dataDir, { command: 'serve', now, isAlive: dead }).holder.command).toBe('serve');
  });

  it('does not remove a lock that another process took over in the meantime', async () => {
    const stale = acquireFolderLock(dataDir, { command: 'serve', now, pid: 4242, isAlive: dead });
    const taker = acquireFolderLock(dataDir, { command: 'check', now, pid: 5151, isAlive: dead });
    stale.release();
    expect(JSON.parse(await readFile(path.join(dataDir, LOCK_FILE), 'utf8'))).toMatchObject({ pid: 5151 });
    taker.release();
    await expect(readFile(path.join(dataDir, LOCK_FILE))).rejects.toThrow(/ENOENT/);
  });

  it('creates the folder, private to this user, when it does not exist', async () => {
    const nested = path.join(dataDir, 'new', 'folder');
    acquireFolderLock(nested, { command: 'serve', now });
    expect(await readFile(path.join(nested, LOCK_FILE), 'utf8')).toContain('"command":"serve"');
  });
});
