import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileSecrets } from '../../../../main/adapters/secrets/file-secrets';
import { filesIn, useDataDir } from '../store/data-dir';

const dataDir = useDataDir();
const file = () => path.join(dataDir(), 'secrets.json');
const refreshToken = 'Atzr|IwEBIexample-refresh-token';

describe('file secrets (Node host)', () => {
  it('answers undefined for a key never set, and before any file exists', async () => {
    expect(await fileSecrets(dataDir()).get('spapi:a1:refreshToken')).toBeUndefined();
    expect(filesIn(dataDir())).toEqual([]);
  });

  it('keeps what was set across instances, in secrets.json readable by this user only', async () => {
    await fileSecrets(dataDir()).set('spapi:a1:refreshToken', refreshToken);
    expect(await fileSecrets(dataDir()).get('spapi:a1:refreshToken')).toBe(refreshToken);
    expect(filesIn(dataDir())).toEqual(['secrets.json']);
    expect(fs.statSync(file()).mode & 0o777).toBe(0o600);
  });

  it('deletes one key and leaves the others', async () => {
    const secrets = fileSecrets(dataDir());
    await secrets.set('spapi:a1:clientSecret', 'secret-one');
    await secrets.set('spapi:a2:clientSecret', 'secret-two');
    await secrets.delete('spapi:a1:clientSecret');
    await secrets.delete('spapi:never:clientSecret');
    expect(await secrets.get('spapi:a1:clientSecret')).toBeUndefined();
    expect(await secrets.get('spapi:a2:clientSecret')).toBe('secret-two');
  });

  it('loses no write when many run at once', async () => {
    const secrets = fileSecrets(dataDir());
    const keys = Array.from({ length: 20 }, (_, i) => `spapi:a${i}:refreshToken`);
    await Promise.all(keys.map((key) => secrets.set(key, `token-${key}`)));
    expect(await Promise.all(keys.map((key) => secrets.get(key)))).toEqual(keys.map((key) => `token-${key}`));
  });

  it('refuses a file other users can read, saying how to fix it without quoting a secret', async () => {
    await fileSecrets(dataDir()).set('spapi:a1:refreshToken', refreshToken);
    fs.chmodSync(file(), 0o644);
    const reading = fileSecrets(dataDir()).get('spapi:a1:refreshToken');
    await expect(reading).rejects.toThrow(/can be read by other users.*chmod 600/);
    await expect(reading).rejects.not.toThrow(refreshToken);
  });

  it('does not judge permission bits on Windows, where they mean nothing', async () => {
    await fileSecrets(dataDir()).set('spapi:a1:refreshToken', refreshToken);
    fs.chmodSync(file(), 0o644);
    expect(await fileSecrets(dataDir(), 'win32').get('spapi:a1:refreshToken')).toBe(refreshToken);
  });

  it('reports a damaged file in plain words without quoting its content', async () => {
    fs.writeFileSync(file(), `{"version":1,"secrets":{"spapi:a1:refreshToken":"${refreshToken}"`, { mode: 0o600 });
    const reading = fileSecrets(dataDir()).get('spapi:a1:refreshToken');
    await expect(reading).rejects.toThrow(/secrets\.json is damaged.*enter the credentials again/);
    await expect(reading).rejects.not.toThrow(refreshToken);
  });
});
