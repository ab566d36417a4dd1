// A small text file only this user may read: written atomically (a private temp file, flushed,
// then renamed over the old one), and refused on reading when other users could read it too,
// since whatever it holds may then have been seen.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

export interface TextFile {
  readonly path: string;
  /** The file's text; undefined when there is no file yet. */
  read(): Promise<string | undefined>;
  /** Replaces the whole file; once it resolves the new text is on disk. */
  write(text: string): Promise<void>;
}

export class ExposedFileError extends Error {
  override name = 'ExposedFileError';
}

const othersMayAccess = 0o077;

/** `platform` decides whether permission bits mean anything (they do not on Windows). */
export function privateFile(file: string, platform: NodeJS.Platform = process.platform): TextFile {
  const posix = platform !== 'win32';
  return {
    path: file,
    async read() {
      let handle: fs.FileHandle;
      try {
        handle = await fs.open(file, 'r');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw error;
      }
      try {
        const { mode } = await handle.stat();
        if (posix && (mode & othersMayAccess) !== 0) {
          throw new ExposedFileError(
            `${file} can be read by other users of this computer, so Flagwatch will not use the secrets in it. ` +
              `They may have been seen: run chmod 600 on the file, then replace the client secrets and refresh tokens it holds.`,
          );
        }
        return await handle.readFile('utf8');
      } finally {
        await handle.close();
      }
    },
    async write(text) {
      const directory = path.dirname(file);
      await fs.mkdir(directory, { recursive: true, mode: 0o700 });
      const temp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
      try {
        const handle = await fs.open(temp, 'wx', 0o600);
        try {
          await handle.writeFile(text, 'utf8');
          await handle.sync();
        } finally {
          await handle.close();
        }
        await fs.rename(temp, file);
      } catch (error) {
        await fs.rm(temp, { force: true });
        throw error;
      }
      // The rename itself must survive a power cut; Windows cannot open a directory to flush it.
      if (posix) await syncDirectory(directory);
    },
  };
}

async function syncDirectory(directory: string): Promise<void> {
  const handle = await fs.open(directory, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
