import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { privateFile } from '../../../main/adapters/secrets/private-file';
import { safeStorageSecrets } from '../../../main/electron/secrets';
import { useDataDir } from '../adapters/store/data-dir';
import { resetElectronFake, safeStorage } from './electron-fake';

vi.mock('electron', () => import('./electron-fake'));

const dataDir = useDataDir();
const file = () => path.join(dataDir(), 'secrets.json');
const secrets = (platform: NodeJS.Platform = 'linux') => safeStorageSecrets(privateFile(file()), platform);
const refreshToken = 'Atzr|IwEBIexample-refresh-token';

beforeEach(() => resetElectronFake());

describe('safeStorage secrets (Electron host)', () => {
  it('stores each value encrypted by the keychain, base64 in the file, and reads it back', async () => {
    await secrets().set('spapi:a1:refreshToken', refreshToken);
    const text = fs.readFileSync(file(), 'utf8');
    expect(text).not.toContain(refreshToken);
    const stored = JSON.parse(text).secrets['spapi:a1:refreshToken'];
    expect(safeStorage.decryptString(Buffer.from(stored, 'base64'))).toBe(refreshToken);
    expect(await secrets().get('spapi:a1:refreshToken')).toBe(refreshToken);
  });

  it('refuses to store anything when encryption is unavailable, and writes no file', async () => {
    safeStorage.available = false;
    await expect(secrets('darwin').set('spapi:a1:refreshToken', refreshToken)).rejects.toThrow(
      /credential store is not available/,
    );
    expect(fs.existsSync(file())).toBe(false);
  });

  it("refuses Linux's basic_text backend, whose key is no secret, and says what to install", async () => {
    safeStorage.backend = 'basic_text';
    await expect(secrets('linux').set('spapi:a1:refreshToken', refreshToken)).rejects.toThrow(
      /No system keyring.*GNOME Keyring or KWallet/,
    );
    expect(fs.existsSync(file())).toBe(false);
  });

  it('refuses to read stored values once the keychain is gone', async () => {
    await secrets().set('spapi:a1:refreshToken', refreshToken);
    safeStorage.available = false;
    await expect(secrets().get('spapi:a1:refreshToken')).rejects.toThrow(/cannot keep the Amazon credentials safe/);
  });

  it('deletes a value without needing the keychain', async () => {
    await secrets().set('spapi:a1:refreshToken', refreshToken);
    safeStorage.available = false;
    await secrets().delete('spapi:a1:refreshToken');
    safeStorage.available = true;
    expect(await secrets().get('spapi:a1:refreshToken')).toBeUndefined();
  });
});
