// The last good copy of a store file. It is refreshed only from a file that has just been opened
// and validated, never from a write, so a bad write can never reach it; one file copy per start
// is cheap, a copy per write would double every write.
import fs from 'node:fs';
import path from 'node:path';

export function backupPathOf(file: string): string {
  const { dir, name, ext } = path.parse(file);
  return path.join(dir, `${name}.backup${ext}`);
}

/** Copies `file` over its backup, through a temporary file so a crash never leaves half a backup. */
export function refreshBackup(file: string): void {
  const backup = backupPathOf(file);
  const partial = `${backup}.partial`;
  fs.copyFileSync(file, partial);
  fs.renameSync(partial, backup);
}

/** The backup's text, or null when there is none. */
export function readBackup(file: string): string | null {
  try {
    return fs.readFileSync(backupPathOf(file), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}
