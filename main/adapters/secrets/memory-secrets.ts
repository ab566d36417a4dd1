// Secrets held in memory only: the environment's account of `flagwatch check`, and tests.
import type { Secrets } from '../../app/ports';

export function memorySecrets(initial: Record<string, string> = {}): Secrets {
  const values = new Map(Object.entries(initial));
  return {
    get: async (key) => values.get(key),
    set: async (key, value) => void values.set(key, value),
    delete: async (key) => void values.delete(key),
  };
}
