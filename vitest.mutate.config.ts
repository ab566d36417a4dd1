// The tests a mutation run (`npm run mutate`) uses: the unit specifications of the folders it
// mutates. Fuzz and lint tests are left out: they are slow and check other things. So are the two
// files that set their own time zone: Stryker runs tests in worker threads, which share one.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/main/core/**/*.test.ts', 'tests/main/app/**/*.test.ts', 'tests/main/sources/spapi/**/*.test.ts'],
    exclude: ['**/*.fuzz.test.ts', 'tests/main/app/digest.test.ts', 'tests/main/core/digest/digest-schedule.test.ts'],
  },
});
