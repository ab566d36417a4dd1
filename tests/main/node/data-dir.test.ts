import { describe, expect, it } from 'vitest';
import { defaultDataDir } from '../../../main/node/data-dir';

describe('defaultDataDir', () => {
  it('follows XDG on Linux: $XDG_DATA_HOME/flagwatch, else ~/.local/share/flagwatch', () => {
    expect(defaultDataDir({ platform: 'linux', env: { XDG_DATA_HOME: '/data/me' }, home: '/home/me' })).toBe(
      '/data/me/flagwatch',
    );
    expect(defaultDataDir({ platform: 'linux', env: {}, home: '/home/me' })).toBe('/home/me/.local/share/flagwatch');
    expect(defaultDataDir({ platform: 'freebsd', env: {}, home: '/home/me' })).toBe('/home/me/.local/share/flagwatch');
  });

  it('ignores an empty or relative XDG_DATA_HOME, as the XDG spec requires', () => {
    expect(defaultDataDir({ platform: 'linux', env: { XDG_DATA_HOME: '' }, home: '/home/me' })).toBe(
      '/home/me/.local/share/flagwatch',
    );
    expect(defaultDataDir({ platform: 'linux', env: { XDG_DATA_HOME: 'data' }, home: '/home/me' })).toBe(
      '/home/me/.local/share/flagwatch',
    );
  });

  it('uses Application Support on macOS, whatever XDG says', () => {
    expect(defaultDataDir({ platform: 'darwin', env: { XDG_DATA_HOME: '/data/me' }, home: '/Users/me' })).toBe(
      '/Users/me/Library/Application Support/Flagwatch',
    );
  });

  it('uses %APPDATA%\\Flagwatch on Windows, else the roaming AppData under the profile', () => {
    expect(
      defaultDataDir({ platform: 'win32', env: { APPDATA: 'C:\\Users\\me\\AppData\\Roaming' }, home: 'C:\\Users\\me' }),
    ).toBe('C:\\Users\\me\\AppData\\Roaming\\Flagwatch');
    expect(defaultDataDir({ platform: 'win32', env: {}, home: 'C:\\Users\\me' })).toBe(
      'C:\\Users\\me\\AppData\\Roaming\\Flagwatch',
    );
  });
});
