// Where Flagwatch keeps its files when no --data-dir is given: the per-user data folder each OS
// expects (XDG on Linux and the BSDs, Application Support on macOS, AppData on Windows).
import path from 'node:path';

export interface DataDirContext {
  platform: NodeJS.Platform;
  env: Readonly<Record<string, string | undefined>>;
  home: string;
}

export function defaultDataDir({ platform, env, home }: DataDirContext): string {
  if (platform === 'win32') {
    const appData = env.APPDATA || path.win32.join(home, 'AppData', 'Roaming');
    return path.win32.join(appData, 'Flagwatch');
  }
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Application Support', 'Flagwatch');
  // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
  const xdg = env.XDG_DATA_HOME;
  const base = xdg && path.posix.isAbsolute(xdg) ? xdg : path.posix.join(home, '.local', 'share');
  return path.posix.join(base, 'flagwatch');
}
