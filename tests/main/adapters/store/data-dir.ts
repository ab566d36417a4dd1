// A fresh data directory for each test, under the system's temp directory, removed afterwards.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach } from 'vitest';

export function useDataDir(): () => string {
  let dir = '';
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'flagwatch-store-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
  return () => dir;
}

export function filesIn(dir: string): string[] {
  return fs.readdirSync(dir).sort();
}

/** Every file's exact bytes, to show what an operation did or did not touch. */
export function contentsOf(dir: string): Record<string, string> {
  return Object.fromEntries(filesIn(dir).map((f) => [f, fs.readFileSync(path.join(dir, f), 'latin1')]));
}
