// The tests a mutation run (`npm run mutate`) uses: the unit specifications of the folders it
// mutates. Fuzz and lint tests are left out: they are slow and check other things.
// Stryker runs tests in worker threads, where a test file setting `process.env.TZ` changes nothing:
// the zone is set here, before the workers start, to the one the digest tests ask for.
import { defineConfig } from 'vitest/config';

process.env.TZ = 'Europe/Berlin';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/main/core/**/*.test.ts', 'tests/main/app/**/*.test.ts', 'tests/main/sources/spapi/**/*.test.ts'],
    exclude: ['**/*.fuzz.test.ts'],
  },
});
