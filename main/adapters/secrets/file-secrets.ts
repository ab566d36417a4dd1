// The Node host's Secrets: secrets.json in the data directory, readable by this user only. The
// values are not encrypted (a headless host has no keychain to ask); the file's permissions
// are the protection, and a file others can read is refused.
import path from 'node:path';
import type { Secrets } from '../../app/ports';
import { privateFile } from './private-file';
import { sealedSecrets } from './sealed-secrets';

export function fileSecrets(dataDir: string, platform: NodeJS.Platform = process.platform): Secrets {
  return sealedSecrets(privateFile(path.join(dataDir, 'secrets.json'), platform), {
    seal: (value) => value,
    open: (value) => value,
  });
}
