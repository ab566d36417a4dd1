import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'tests/main/**/*.test.ts',
            'tests/preload/**/*.test.ts',
            'tests/lint/**/*.test.ts',
            'tests/eslint-rules/**/*.test.ts',
          ],
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'renderer',
          environment: 'jsdom',
          globals: true,
          setupFiles: ['tests/renderer/layout-setup.ts'],
          include: ['tests/renderer/**/*.test.tsx', 'tests/renderer/**/*.test.ts'],
        },
      },
    ],
  },
});
