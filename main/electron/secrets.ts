// The Electron host's Secrets: each value encrypted by the OS keychain through `safeStorage`,
// stored base64 in a private file. Without a real keychain it refuses rather than store
// anything readable: no plaintext fallback, ever.
import { safeStorage } from 'electron';
import type { Secrets } from '../app/ports';
import type { TextFile } from '../adapters/secrets/private-file';
import { sealedSecrets } from '../adapters/secrets/sealed-secrets';

export class KeychainUnavailableError extends Error {
  override name = 'KeychainUnavailableError';
}

/** Call after the app is ready: before that safeStorage cannot encrypt on every OS. */
export function safeStorageSecrets(file: TextFile, platform: NodeJS.Platform): Secrets {
  return sealedSecrets(file, {
    seal(value) {
      ensureKeychain(platform);
      return safeStorage.encryptString(value).toString('base64');
    },
    open(sealed) {
      ensureKeychain(platform);
      return safeStorage.decryptString(Buffer.from(sealed, 'base64'));
    },
  });
}

function ensureKeychain(platform: NodeJS.Platform): void {
  // On Linux without a keyring, 'basic_text' encrypts with a password written in Electron's source.
  if (
    safeStorage.isEncryptionAvailable() &&
    !(platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text')
  )
    return;
  throw new KeychainUnavailableError(
    platform === 'linux'
      ? 'No system keyring is available, so Flagwatch cannot keep the Amazon credentials safe. Install and unlock a keyring (GNOME Keyring or KWallet), then restart Flagwatch.'
      : "The system's credential store is not available, so Flagwatch cannot keep the Amazon credentials safe. Restart Flagwatch once you are signed in to your user account.",
  );
}
