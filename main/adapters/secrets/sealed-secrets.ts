// The Secrets port over one private file holding a JSON map of key → sealed value. How a value
// is sealed is the host's choice: as is for the Node host's file, encrypted by the OS keychain
// in Electron. Operations run one at a time, so concurrent writes never lose one another.
import { z } from 'zod';
import type { Secrets } from '../../app/ports';
import type { TextFile } from './private-file';

export interface SecretSealer {
  seal(value: string): string;
  open(sealed: string): string;
}

const SecretsFileSchema = z.object({ version: z.literal(1), secrets: z.record(z.string(), z.string()) });
type SecretsFile = z.infer<typeof SecretsFileSchema>;

export class DamagedSecretsFileError extends Error {
  override name = 'DamagedSecretsFileError';
}

export function sealedSecrets(file: TextFile, sealer: SecretSealer): Secrets {
  let queue: Promise<unknown> = Promise.resolve();
  function oneAtATime<T>(operation: () => Promise<T>): Promise<T> {
    const run = queue.then(operation);
    queue = run.catch(() => undefined);
    return run;
  }

  async function load(): Promise<SecretsFile> {
    const text = await file.read();
    if (text === undefined) return { version: 1, secrets: {} };
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
    const checked = SecretsFileSchema.safeParse(parsed);
    // The content is never quoted: it is secrets.
    if (!checked.success)
      throw new DamagedSecretsFileError(
        `${file.path} is damaged, so the stored Amazon credentials cannot be read. Move it aside and enter the credentials again.`,
      );
    return checked.data;
  }

  async function save(stored: SecretsFile): Promise<void> {
    await file.write(`${JSON.stringify(stored, null, 2)}\n`);
  }

  return {
    get: (key) =>
      oneAtATime(async () => {
        const sealed = (await load()).secrets[key];
        return sealed === undefined ? undefined : sealer.open(sealed);
      }),
    set: (key, value) =>
      oneAtATime(async () => {
        const stored = await load();
        await save({ ...stored, secrets: { ...stored.secrets, [key]: sealer.seal(value) } });
      }),
    delete: (key) =>
      oneAtATime(async () => {
        const stored = await load();
        if (!Object.hasOwn(stored.secrets, key)) return;
        const { [key]: _deleted, ...rest } = stored.secrets;
        await save({ ...stored, secrets: rest });
      }),
  };
}
