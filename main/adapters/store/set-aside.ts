// Moving a damaged store file out of the way without ever overwriting or deleting anything.
import fs from 'node:fs';
import path from 'node:path';

/** Renames `file` to `<name>.<tag>-<UTC time>[-n].json` next to it and returns the new path. */
export function moveAside(file: string, now: Date, tag: 'corrupt' | 'newer' = 'corrupt'): string {
  const target = freeAsidePath(file, now, tag);
  fs.renameSync(file, target);
  return target;
}

function freeAsidePath(file: string, now: Date, tag: string): string {
  const { dir, name, ext } = path.parse(file);
  // Colons are not allowed in Windows file names.
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  for (let n = 1; ; n++) {
    const candidate = path.join(dir, `${name}.${tag}-${stamp}${n === 1 ? '' : `-${n}`}${ext}`);
    // rename() replaces an existing target, so look before moving.
    if (!fs.existsSync(candidate)) return candidate;
  }
}
